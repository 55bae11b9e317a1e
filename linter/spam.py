"""Contact details and spam signals in prose, for the SPAM rules.

Phone numbers are found by Google's libphonenumber (the `phonenumbers` package), imported
only when a block has enough digits to hold one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from functools import cached_property, lru_cache
from typing import Any, NamedTuple
from urllib.parse import urlsplit

from linter.document import Block, Document
from linter.options import OptionSpec
from linter.patterns import Gate, PatternSet, compiled, holds_one_of, lazy_regex, required_texts, single

EMAIL = lazy_regex(r"(?<![\w.+-])[\w.+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,4}\b")
# Runs of spaces are bounded ({1,3}): nested unbounded \s quantifiers are quadratic.
OBFUSCATED_EMAIL = lazy_regex(
    r"(?i)(?<![\w.+-])[\w.+-]{2,64}(?:\s{0,3}(?:\(at\)|\[at\]|\{at\})\s{0,3}|\s{1,3}at\s{1,3})"
    r"[a-z0-9-]{2,63}(?:\s{0,3}(?:\(dot\)|\[dot\]|\{dot\})\s{0,3}|\s{1,3}dot\s{1,3})"
    r"(?:com|net|org|info|co|ng|uk|biz|us)\b"
)
ENOUGH_DIGITS = re.compile(r"\d(?:[\s().\-/]{0,3}\d){6}")
# A business's own premises, as its page gives them: a street address ("9818 Liberty Rd, Suite
# B", "12 High Street") with its opening hours ("Hours: Monday-Friday", "Open Mon-Sat 9am-6pm")
# or an invitation in its own voice ("call us", "stop by").
STREET_ADDRESS = lazy_regex(r"\b\d{1,5}[A-Za-z]?\s+(?:[A-Z][\w'.-]*\s+){1,4}(?:St|Street|Rd|Road|Ave|Avenue|"
                            r"Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Pike|Hwy|Highway|Ct|Court|Pl|Place|Sq|Square|"
                            r"Parade|Terrace|Crescent|Close)\b")
OPENING_HOURS = lazy_regex(r"(?i)\b(?:opening\s+hours|hours\s+of\s+business|"
                           r"(?:store|office|pharmacy|clinic)\s+hours|hours\W{0,4}:|"
                           r"open\s+(?:daily|(?:from\s+)?(?:mon|tues?|wed|thu|fri|sat|sun)\w*))"
                           r"|\b(?:mon|tues?|wed|thu|fri|sat|sun)\w*\s*(?:-|–|to|through)\s*(?:mon|tues?|wed|"
                           r"thu|fri|sat|sun)\w*\W{1,4}\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)?")
OWN_VOICE = lazy_regex(r"(?i)\b(?:call|visit|contact|email|text|phone)\s+us\b|\bstop\s+by\b|"
                       r"\bcome\s+(?:in|and\s+see\s+us)\b")

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


class Contact(NamedTuple):
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


class MessagingPattern(NamedTuple):
    regex: Any
    prefilter: PatternSet
    # Texts one of which its every match holds ("signal" for "on Signal"), if it promises any:
    # a rarer test than the words it may begin with ("on").
    needs: frozenset[Gate] | None

    def holds_needs(self, text: str) -> bool:
        return self.needs is None or holds_one_of(self.needs, text)

    def may_match(self, text: str) -> bool:
        return self.holds_needs(text) and self.prefilter.might_match(text)


def messaging_patterns(patterns: Sequence[str], doc: Document) -> list[MessagingPattern]:
    """The messaging patterns that may match somewhere in the document."""
    text = doc.blocks_text
    return [pattern for pattern in _messaging_patterns(tuple(patterns), tuple(map(type, patterns)))
            if pattern.holds_needs(text) and pattern.prefilter.might_match_within(text)]


@lru_cache(maxsize=64)
def _messaging_patterns(patterns: tuple[str, ...], types: tuple[type, ...]) -> tuple[MessagingPattern, ...]:
    """Built once per process; keyed by the patterns' types too, as a repository's pattern
    (UntrustedPattern) equals the same trusted text but compiles with a time budget."""
    return tuple(MessagingPattern(regex, single(regex), required_texts(pattern))
                 for pattern in patterns for regex in (compiled(pattern),))


def messaging(block: Block, patterns: Sequence[MessagingPattern]) -> Iterator[Contact]:
    for pattern in patterns:
        if not pattern.may_match(block.text):
            continue
        for match in pattern.regex.finditer(block.text):
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


# The options that decide which contact details are found (not how they are judged).
FinderKey = tuple[tuple[str, ...], tuple[str, ...], str, tuple[str, ...], tuple[str, ...]]


class DocumentContacts:
    """The contact details in one document's blocks, found once for every SPAM rule whose
    finders have the same options. Which finders can find anything at all is decided once,
    from the document's joined blocks: most articles hold no "@", no run of seven digits and
    no messaging app, and their blocks are then never searched for them."""

    def __init__(self, doc: Document, options: Mapping[str, Any]) -> None:
        self.personal_email_domains: Sequence[str] = options["personal_email_domains"]
        self.home_region: str = options["home_region"]
        self.blog_hosts: Sequence[str] = options["blog_hosts"]
        self.shorteners: Sequence[str] = options["shorteners"]
        text = doc.blocks_text
        self.may_write_email = "@" in text or any(
            marker in text for marker in ("(at)", "[at]", "{at}")) or " at " in text.lower()
        self.may_hold_phone = ENOUGH_DIGITS.search(text) is not None
        self.messaging = messaging_patterns(options["messaging"], doc)
        self.in_text = self.may_write_email or self.may_hold_phone or bool(self.messaging)
        self._found: dict[int, list[Contact]] = {}  # by id(block)
        self._text = text

    @cached_property
    def own_premises(self) -> bool:
        """Whether the page gives its publisher's own premises, a street address with opening
        hours or "call us" (a pharmacy's or clinic's own page): its ordering and price words then
        describe its own services and its phone number is its own line, not a seller's in a
        comment."""
        return STREET_ADDRESS.search(self._text) is not None and (
            OPENING_HOURS.search(self._text) is not None or OWN_VOICE.search(self._text) is not None)

    def contacts(self, block: Block) -> list[Contact]:
        """Every contact detail in the block, by the finders SPAM001 reports, in their order."""
        if not self.in_text and not block.links:  # most blocks of most articles
            return []
        found = self._found.get(id(block))
        if found is None:
            found = self._found[id(block)] = list(self._find(block))
        return found

    def _find(self, block: Block) -> Iterator[Contact]:
        if self.may_write_email or block.links:
            yield from emails(block, self.personal_email_domains)
        if self.may_hold_phone:
            yield from phones(block, self.home_region)
        if self.messaging:
            yield from messaging(block, self.messaging)
        if block.links:
            yield from hosted_links(block, self.blog_hosts, self.shorteners)


def document_contacts(doc: Document, options: Mapping[str, Any]) -> DocumentContacts:
    """The document's contact finders for these options, shared by the SPAM rules."""
    key: FinderKey = (tuple(options["messaging"]), tuple(options["personal_email_domains"]),
                      options["home_region"], tuple(options["blog_hosts"]),
                      tuple(options["shorteners"]))
    found = doc.shared.spam_contacts.get(key)
    if found is None:
        found = doc.shared.spam_contacts[key] = DocumentContacts(doc, options)
    return found


def has_suspicious_contact(contacts: Sequence[Contact], options: Mapping[str, Any]) -> bool:
    return any(suspicious(contact, options["home_region"])
               and not allowed(contact, options["allow_domains"], options["allow_numbers"])
               for contact in contacts)
