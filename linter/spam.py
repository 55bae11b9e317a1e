"""Contact details and spam signals in prose, for the SPAM rules.

Phone numbers are found by Google's libphonenumber (the `phonenumbers` package), imported
only when a block has enough digits to hold one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from linter.document import Block, Document
from linter.options import OptionSpec
from linter.patterns import PatternSet, compiled, single

EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,4}\b")
# Runs of spaces are bounded ({1,3}): nested unbounded \s quantifiers are quadratic.
OBFUSCATED_EMAIL = re.compile(
    r"(?i)(?<![\w.+-])[\w.+-]{2,64}(?:\s{0,3}(?:\(at\)|\[at\]|\{at\})\s{0,3}|\s{1,3}at\s{1,3})"
    r"[a-z0-9-]{2,63}(?:\s{0,3}(?:\(dot\)|\[dot\]|\{dot\})\s{0,3}|\s{1,3}dot\s{1,3})"
    r"(?:com|net|org|info|co|ng|uk|biz|us)\b"
)
ENOUGH_DIGITS = re.compile(r"\d(?:[\s().\-/]{0,3}\d){6}")

# What both SPAM kinds take to find contact details (`contacts`) and their context.
CONTACT_OPTIONS = {
    "messaging": OptionSpec("list[regex]", [], "messaging-app calls and handles"),
    "personal_email_domains": OptionSpec("list[str]", [], "free email providers"),
    "blog_hosts": OptionSpec("list[str]", [], "free blog hosts"),
    "shorteners": OptionSpec("list[str]", [], "URL shorteners"),
    "allow_domains": OptionSpec("list[str]", [], "organisations' domains that are always fine"),
    "allow_numbers": OptionSpec("list[str]", [], "phone numbers (E.164) that are always fine"),
    "home_region": OptionSpec("str", "US", "region for numbers written without a country code"),
    "context_blocks": OptionSpec("int", 3, "blocks either side that count as context"),
}


@dataclass(frozen=True)
class Contact:
    kind: str  # email, phone, messaging, blog, shortener
    text: str
    start: int
    end: int
    detail: str = ""  # "personal email", "mobile number from NG", ...
    region: str = ""
    is_mobile: bool = False


def emails(block: Block, personal_domains: Sequence[str]) -> Iterator[Contact]:
    text = block.text
    patterns = [EMAIL] if "@" in text else []
    if " at " in text.lower() or "(at)" in text or "[at]" in text or "{at}" in text:
        patterns.append(OBFUSCATED_EMAIL)
    for pattern in patterns:
        for match in pattern.finditer(block.text):
            text = match.group(0)
            domain = _email_domain(text)
            personal = any(domain == d or domain.endswith("." + d) for d in personal_domains)
            yield Contact("email", text, match.start(), match.end(),
                          "personal email" if personal else "email address")
    for link in block.links:
        if link.url.lower().startswith("mailto:"):
            address = link.url[7:].split("?")[0]
            domain = _email_domain(address)
            personal = any(domain == d or domain.endswith("." + d) for d in personal_domains)
            yield Contact("email", address, link.start, link.end,
                          "personal email" if personal else "email address")


def _email_domain(text: str) -> str:
    lowered = text.lower()
    if "@" in lowered:
        return lowered.rsplit("@", 1)[1]
    parts = re.split(r"\s{0,3}(?:\(at\)|\[at\]|\{at\})\s{0,3}|\s{1,3}at\s{1,3}", lowered, maxsplit=1)
    tail = parts[-1]
    return re.sub(r"\s{0,3}(?:\(dot\)|\[dot\]|\{dot\})\s{0,3}|\s{1,3}dot\s{1,3}", ".", tail).strip()


def phones(block: Block, home_region: str) -> Iterator[Contact]:
    if not ENOUGH_DIGITS.search(block.text):
        return
    import phonenumbers

    for match in phonenumbers.PhoneNumberMatcher(block.text, home_region):
        number = match.number
        region = phonenumbers.region_code_for_number(number) or ""
        kind = phonenumbers.number_type(number)
        mobile = kind in (phonenumbers.PhoneNumberType.MOBILE,
                          phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)
        e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        detail = f"{'mobile' if mobile else 'phone'} number from {region or 'an unknown region'}"
        yield Contact("phone", e164, match.start, match.end, detail, region, mobile)


Gated = list[tuple[re.Pattern[str], PatternSet]]  # each regex with its prefilter


def messaging_patterns(patterns: Sequence[str], doc: Document) -> Gated:
    """The messaging patterns that may match somewhere in the document."""
    return [(pattern, prefilter) for pattern in map(compiled, patterns)
            if (prefilter := single(pattern)).might_match_within(doc.blocks_text)]


def messaging(block: Block, patterns: Gated) -> Iterator[Contact]:
    for pattern, prefilter in patterns:
        if not prefilter.might_match(block.text):
            continue
        for match in pattern.finditer(block.text):
            yield Contact("messaging", match.group(0), match.start(), match.end(),
                          "messaging-app contact")


def hosted_links(block: Block, blog_hosts: Sequence[str], shorteners: Sequence[str]) -> Iterator[Contact]:
    blogs, short = frozenset(blog_hosts), frozenset(shorteners)
    for link in block.links:
        host = host_of(link.url)
        if not host:
            continue
        domains = _domains_of(host)
        if not domains.isdisjoint(blogs):
            yield Contact("blog", link.url, link.start, link.end, "link to a free blog host")
        elif not domains.isdisjoint(short):
            yield Contact("shortener", link.url, link.start, link.end, "link through a URL shortener")


def host_of(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def _domains_of(host: str) -> set[str]:
    """The host and every domain above it (a.b.example.org: also b.example.org, example.org,
    org): set lookups, so a paragraph of 100,000 links does not test each against every host."""
    labels = host.split(".")
    return {".".join(labels[index:]) for index in range(len(labels))}


def _on_domain(host: str, domains: Sequence[str]) -> bool:
    return any(host == d or host.endswith("." + d) for d in domains)


def allowed(contact: Contact, allow_domains: Sequence[str], allow_numbers: Sequence[str]) -> bool:
    if contact.kind == "phone":
        return contact.text in allow_numbers
    if contact.kind == "email":
        return _on_domain(_email_domain(contact.text), allow_domains)
    if contact.kind in ("blog", "shortener"):
        return _on_domain(host_of(contact.text), allow_domains)
    return False


def suspicious(contact: Contact, home_region: str) -> bool:
    """A contact detail that is a spam signal on its own: a personal email, a messaging call,
    a foreign mobile number, a free blog or a URL shortener. An organisation's email or a
    local landline (a hospital's appointment line) is not."""
    if contact.kind == "phone":
        return contact.is_mobile and contact.region not in ("", home_region)
    if contact.kind == "email":
        return contact.detail == "personal email"
    return True


def contacts(block: Block, options: Mapping[str, Any], messaging_gates: Gated) -> Iterator[Contact]:
    """Every contact detail in the block, by the finders SPAM001 reports."""
    yield from emails(block, options["personal_email_domains"])
    yield from phones(block, options["home_region"])
    yield from messaging(block, messaging_gates)
    yield from hosted_links(block, options["blog_hosts"], options["shorteners"])


def has_suspicious_contact(block: Block, options: Mapping[str, Any], messaging_gates: Gated) -> bool:
    return any(suspicious(contact, options["home_region"])
               and not allowed(contact, options["allow_domains"], options["allow_numbers"])
               for contact in contacts(block, options, messaging_gates))
