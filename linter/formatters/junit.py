"""junit: JUnit XML, as GitLab and Jenkins read it.

One test suite per file, one failed test case per finding with a unique name
(`CODE at line:col`, numbered when repeated); the message is the failure's text in the body. A
file with no findings is one passing test case, so a clean run still shows what was checked.
Well-formed whatever the input: every text goes through linter.escaping.one_line, which leaves
none of the characters XML 1.0 forbids (C0 controls, lone surrogates, U+FFFE, U+FFFF).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from xml.etree import ElementTree

from linter.escaping import one_line
from linter.findings import Finding
from linter.formatters import Formatter as BaseFormatter
from linter.formatters import Summary


class Formatter(BaseFormatter):
    def begin(self) -> None:
        self.by_file: dict[str, list[Finding]] = defaultdict(list)
        self.files: list[str] = []

    def file(self, path: str) -> None:
        self.files.append(path)

    def finding(self, finding: Finding) -> None:
        self.by_file[finding.path].append(finding)

    def end(self, summary: Summary) -> None:
        clean = [path for path in self.files if path not in self.by_file]
        tests = summary.total + len(clean)
        root = ElementTree.Element("testsuites", name="medlint", tests=str(tests),
                                   failures=str(summary.total), errors="0")
        for raw_path, findings in self.by_file.items():
            path = one_line(raw_path)
            suite = ElementTree.SubElement(root, "testsuite", name=path, tests=str(len(findings)),
                                           failures=str(len(findings)), errors="0")
            names: Counter[str] = Counter()
            for finding in findings:
                name = f"{finding.code} at {finding.line}:{finding.column}"
                names[name] += 1
                if names[name] > 1:
                    name = f"{name} #{names[name]}"
                case = ElementTree.SubElement(suite, "testcase", name=name, classname=path,
                                              file=path, line=str(finding.line))
                message = one_line(finding.message)
                failure = ElementTree.SubElement(case, "failure", type=finding.code,
                                                 message=f"{finding.code} {message}")
                failure.text = (f"{path}:{finding.line}:{finding.column}: {finding.code} "
                                f"[{finding.severity}] {message}")
        for raw_path in clean:
            path = one_line(raw_path)
            suite = ElementTree.SubElement(root, "testsuite", name=path, tests="1", failures="0",
                                           errors="0")
            ElementTree.SubElement(suite, "testcase", name="medlint", classname=path, file=path)
        if not self.by_file and not clean:
            ElementTree.SubElement(root, "testsuite", name="medlint", tests="0", failures="0", errors="0")
        ElementTree.indent(root)
        self.stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        self.stream.write(ElementTree.tostring(root, encoding="unicode") + "\n")
