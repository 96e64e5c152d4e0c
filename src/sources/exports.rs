//! A partner's Microsoft Graph and Azure exports, read as they come: every
//! file recognised by its content, nothing silently dropped.
//!
//! [`Exports::read`] takes the files ([`SourceFile`]: a name and its bytes;
//! this module does no I/O) and sorts their content into GDAP
//! relationships, their access assignments, Azure RBAC role assignments and
//! the filing user's security groups. What it cannot use is reported as a
//! [`Warning`] naming the file and the JSON path, and the rest goes on.
//!
//! ## What is recognised
//!
//! A UTF-8 byte-order mark (PowerShell's `Out-File`) is skipped. Each file
//! is one JSON document, recognised by its `@odata.context` where it has
//! one, else by its shape:
//!
//! | export | `@odata.context` (Graph) or shape |
//! |---|---|
//! | GDAP relationships: `GET /tenantRelationships/delegatedAdminRelationships` (v1.0 or beta; list, or one relationship; `$expand=accessAssignments` too) | `…$metadata#tenantRelationships/delegatedAdminRelationships…`, or objects with `status` and `duration` |
//! | access assignments: `GET …/delegatedAdminRelationships/{id}/accessAssignments` (list or one) | `…delegatedAdminRelationships('{id}')/accessAssignments…` (names the relationship), or objects with `accessContainer` |
//! | Azure RBAC: ARM `GET …/providers/Microsoft.Authorization/roleAssignments` (list or one) | objects with `properties.roleDefinitionId` |
//! | Azure RBAC: `az role assignment list` | a flat array of objects with `roleDefinitionId` and `principalId` |
//! | the user's groups: `GET /users/{id}/transitiveMemberOf` (or `memberOf`) | `…$metadata#directoryObjects`, or objects with `@odata.type` `#microsoft.graph.group` |
//!
//! A list is a `{"value": [...]}` object (Graph, ARM) or a bare array (`az`).
//! A file that is none of these, or not JSON, is reported
//! ([`WarningKind::UnrecognisedFile`], [`WarningKind::UnreadableFile`]) and
//! skipped. Only `#microsoft.graph.group` entries of a membership list are
//! groups; directory roles and administrative units in it are not.
//!
//! ## Pages
//!
//! Graph and ARM return long lists in pages; a page that continues carries
//! `@odata.nextLink` (ARM: `nextLink`). Pages of one list share its
//! `@odata.context`; pass every page, in order (a folder is read in name
//! order: `relationships-1.json`, `relationships-2.json`). A page with a next
//! link and no later file of the same kind and context is
//! [`WarningKind::MissingNextPage`]: the report is partial.
//!
//! ## Which relationship an access assignment belongs to
//!
//! In this order, the first that applies:
//! 1. the relationship it is expanded in (`$expand=accessAssignments`);
//! 2. the relationship the list's `@odata.context` names
//!    (`…delegatedAdminRelationships('{id}')/accessAssignments`);
//! 3. the file name `{id}.accessAssignments.json`, or a folder named `{id}`
//!    that holds the file.
//!
//! An assignment none of these attributes is
//! [`WarningKind::UnattributedAssignments`]; one attributed to a
//! relationship that is not in the export is
//! [`WarningKind::AssignmentsForUnknownRelationship`]. Neither counts.
//!
//! ## Duplicates and unreadable relationships
//!
//! A relationship ID that occurs twice (on two pages, in a list and a GET)
//! is [`WarningKind::DuplicateRelationship`], naming both places; no copy is
//! used (never "last wins": the order of the files must not decide), and
//! the relationship is listed as unreadable. A duplicate assignment ID under
//! one relationship is [`WarningKind::DuplicateAssignment`]; no copy counts.
//! A relationship Graph returned that the model cannot hold (a duration
//! outside `P1D`..`P2Y`, a span from activation to end that does not fit the
//! duration and its extensions, an active relationship with `endDateTime:
//! null`, a bad date) is [`WarningKind::UnreadableRelationship`], named by
//! file and JSON path, and skipped; the others go on.
//!
//! ## Azure RBAC: which subscription a file is about
//!
//! An ARM list for a subscription returns the assignments at that
//! subscription, below it and above it (management groups, `/`). An
//! assignment counts for the subscription of its scope; one above a
//! subscription counts for the subscription the file is about: the one the
//! file name names (`{subscriptionId}.roleAssignments.json`), else the one
//! subscription the file's scopes and role definition paths name. See
//! [`readiness`](mod@crate::readiness) for what is counted.
//!
//! ```
//! use csp_support::exports::{Exports, SourceFile, WarningKind};
//!
//! let page = br#"{
//!   "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#tenantRelationships/delegatedAdminRelationships",
//!   "@odata.nextLink": "https://graph.microsoft.com/v1.0/tenantRelationships/delegatedAdminRelationships?$skiptoken=X",
//!   "value": []
//! }"#;
//! let exports = Exports::read(&[SourceFile { name: "relationships-1.json", bytes: page }]);
//! assert_eq!(exports.warnings[0].kind, WarningKind::MissingNextPage);
//! assert_eq!(exports.warnings[0].file, "relationships-1.json");
//! ```
//!
//! ## Large exports: threads and the allocator
//!
//! [`Exports::read`] reads over 1 MiB of files in runs on up to one scoped
//! thread per core ([`std::thread::available_parallelism`]), and
//! [`readiness`](crate::readiness::readiness) judges over 2,000 customers
//! the same way; both end their threads before they return, and the answer
//! is the same, warnings and their order included, however the work is
//! cut (unit tests compare 1 to 7 runs on an export with every kind of
//! warning). Smaller inputs stay on the caller's thread. Where a thread
//! cannot be started, its run is done on the caller's.
//!
//! Reading makes and frees a great many small strings (the model's fields
//! are owned), so the allocator matters: the `csp-support` binary uses
//! mimalloc, and on the project's 2-core machine the 10,000-customer bench
//! reads and reports in 66 ms with it against 94 ms with glibc's allocator
//! in the same sitting (`BENCHMARKS.md`, `readiness_cli` against
//! `readiness`). A service that reads large exports may want to choose its
//! allocator the same way (`#[global_allocator]`).

use std::borrow::Cow;
use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};

use serde_json::value::RawValue;
use serde_json::{Map, Value};

use crate::EntraRoles;
use crate::facts::model::domain_enum;
use crate::graph::{
    AzureRoleAssignment, AzureRoleAssignmentProperties, DelegatedAdminAccessAssignment,
    DelegatedAdminRelationship,
};
use crate::util::parallel;

/// One input file: its name (as the user gave it, for messages and the
/// naming conventions) and its bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SourceFile<'a> {
    /// The file's name or path (`-` for standard input).
    pub name: &'a str,
    /// Its content.
    pub bytes: &'a [u8],
}

domain_enum! {
    /// What a file holds.
    pub enum ExportKind {
        /// GDAP relationships (`delegatedAdminRelationship`).
        Relationships = "relationships",
        /// Access assignments (`delegatedAdminAccessAssignment`).
        AccessAssignments = "access_assignments",
        /// Azure RBAC role assignments (ARM or `az`).
        AzureRoleAssignments = "azure_role_assignments",
        /// The user's groups (`transitiveMemberOf`, `memberOf`).
        GroupMemberships = "group_memberships",
    }
}

domain_enum! {
    /// Why the report is partial: each names what was not used.
    pub enum WarningKind {
        /// The file is not JSON (or not UTF-8).
        UnreadableFile = "unreadable_file",
        /// The file is JSON but none of the recognised exports.
        UnrecognisedFile = "unrecognised_file",
        /// One entry of a list lacks the documented shape; it is skipped.
        UnreadableItem = "unreadable_item",
        /// A page carries a next link and its next page was not supplied.
        MissingNextPage = "missing_next_page",
        /// Access assignments that name no relationship.
        UnattributedAssignments = "unattributed_assignments",
        /// Access assignments for a relationship that is not in the export.
        AssignmentsForUnknownRelationship = "assignments_for_unknown_relationship",
        /// A relationship ID that occurs more than once.
        DuplicateRelationship = "duplicate_relationship",
        /// An access assignment ID that occurs more than once.
        DuplicateAssignment = "duplicate_assignment",
        /// A relationship the model cannot hold (duration, dates, span).
        UnreadableRelationship = "unreadable_relationship",
        /// An Azure role assignment above subscription scope in a file
        /// whose subscription is not known.
        UnattributedRoleAssignment = "unattributed_role_assignment",
    }
}

/// One reason the report is partial, with the file and the JSON path.
///
/// The strings are raw (as in the input): every face escapes them for its
/// format.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Warning {
    /// What kind of loss.
    pub kind: WarningKind,
    /// The file.
    pub file: String,
    /// The JSON path in it (`.` for the whole document).
    pub path: String,
    /// What was not used and why.
    pub message: String,
}

impl core::fmt::Display for Warning {
    /// One line, every input string escaped ([`crate::escape::text`]).
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        use crate::escape::text;
        write!(
            f,
            "{}: {}: {} ({})",
            text(&self.file),
            text(&self.path),
            text(&self.message),
            self.kind
        )
    }
}

/// Where a fact came from: a file and a JSON path.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Origin {
    /// The file.
    pub file: String,
    /// The JSON path.
    pub path: String,
}

/// A fact and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sourced<T> {
    /// The fact.
    pub item: T,
    /// Where it came from.
    pub origin: Origin,
}

/// A relationship that is listed but not used: unreadable or duplicated.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct UnreadableRelationship {
    /// Its ID, where the file gives one.
    pub id: Option<String>,
    /// Its customer's tenant ID, where the file gives one.
    pub customer_tenant_id: Option<String>,
    /// Its customer's display name, where the file gives one.
    pub customer_name: Option<String>,
    /// Where it is.
    pub origin: Origin,
    /// Why it is not used.
    pub reason: String,
}

/// An Azure role assignment and the subscription its file is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AzureAssignmentFact {
    /// The assignment as ARM (or `az`) gave it.
    pub assignment: AzureRoleAssignment,
    /// The subscription the file is about, lowercase, if known.
    pub file_subscription: Option<String>,
    /// Where it is.
    pub origin: Origin,
}

/// A file as read: its name, what it holds and how many entries.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct FileSummary {
    /// The file's name.
    pub name: String,
    /// What it holds (`None`: unreadable, unrecognised, or an empty list).
    pub kind: Option<ExportKind>,
    /// How many entries it holds.
    pub items: usize,
}

/// Everything read from a partner's exports.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Exports {
    /// The files, in the order given.
    pub files: Vec<FileSummary>,
    /// The relationships the model can hold, each once.
    pub relationships: Vec<Sourced<DelegatedAdminRelationship>>,
    /// Relationships listed but not used (unreadable, duplicated).
    pub unreadable: Vec<UnreadableRelationship>,
    /// Access assignments by relationship ID (lowercase).
    pub assignments: HashMap<String, Vec<Sourced<DelegatedAdminAccessAssignment>>>,
    /// Azure role assignments.
    pub azure: Vec<AzureAssignmentFact>,
    /// Security groups of the user (from membership files), as given.
    pub groups: Vec<String>,
    /// What was not used, and why.
    pub warnings: Vec<Warning>,
}

/// A relationship as read, with what [`Reader::finish`] asks of each.
struct ReadRelationship {
    rel: Sourced<DelegatedAdminRelationship>,
    /// Its ID in lowercase: the key of the maps in [`Reader::finish`].
    key: String,
    /// Why the model refuses it, and the JSON path of the field it names;
    /// `None` where it is usable.
    refused: Option<(String, String)>,
}

/// An access assignment waiting for its relationship.
struct PendingAssignment {
    relationship: Option<String>,
    item: DelegatedAdminAccessAssignment,
    origin: Origin,
}

/// What paging needs to know of a file.
struct Page {
    file: usize,
    key: (ExportKind, String),
    next_link: bool,
}

/// What a document is, and the relationship its context names.
enum Detected {
    Kind(ExportKind, Option<String>),
    /// An empty list without context: nothing to use, nothing lost.
    Empty,
    Unknown(&'static str),
}

impl Exports {
    /// Reads the files (see the module docs); never fails: what cannot be
    /// used is a [`Warning`].
    ///
    /// Where the files hold over 1 MiB, they are read in runs on up to one
    /// thread per core (scoped threads, ended before this returns); the
    /// answer is the same however the files are cut (module docs, "Large
    /// exports").
    #[must_use]
    pub fn read(files: &[SourceFile<'_>]) -> Exports {
        let total = files
            .iter()
            .map(|f| f.bytes.len())
            .fold(0, usize::saturating_add);
        Exports::read_in_runs(files, parallel::runs_for(total, PARALLEL_BYTES / 2))
    }

    /// [`Exports::read`] with the files cut into `runs` runs.
    fn read_in_runs(files: &[SourceFile<'_>], runs: usize) -> Exports {
        let readers = parallel::map_runs(
            files,
            runs,
            |f| f.bytes.len(),
            |offset, run| {
                let mut r = Reader::default();
                r.out.files.reserve(run.len());
                r.pages.reserve(run.len());
                for (i, f) in run.iter().enumerate() {
                    r.file(offset.saturating_add(i), f);
                }
                r
            },
        );
        let mut readers = readers.into_iter();
        let mut r = readers.next().unwrap_or_default();
        for other in readers {
            r.append(other);
        }
        r.finish()
    }

    /// Whether anything was not used: a report built on these exports is
    /// partial.
    #[must_use]
    pub fn is_partial(&self) -> bool {
        !self.warnings.is_empty()
    }

    /// The access assignments of relationship `id` (any ASCII case).
    #[must_use]
    pub fn assignments_of(&self, id: &str) -> &[Sourced<DelegatedAdminAccessAssignment>] {
        self.assignments
            .get(lowercase(id).as_ref())
            .map(Vec::as_slice)
            .unwrap_or_default()
    }
}

/// Input of at least this many bytes is read on more than one thread
/// (where the machine has more than one core).
const PARALLEL_BYTES: usize = 1 << 20;

#[derive(Default)]
struct Reader {
    out: Exports,
    rels: Vec<ReadRelationship>,
    pending: Vec<PendingAssignment>,
    pages: Vec<Page>,
}

impl Reader {
    /// `other`'s files after this one's: the reader then holds what reading
    /// the two runs one after the other gives ([`Reader::file`] only
    /// appends; everything that looks across files is in
    /// [`Reader::finish`]).
    fn append(&mut self, other: Reader) {
        let Reader {
            out:
                Exports {
                    files,
                    relationships,
                    unreadable,
                    assignments,
                    azure,
                    groups,
                    warnings,
                },
            rels,
            pending,
            pages,
        } = other;
        self.out.files.extend(files);
        self.out.relationships.extend(relationships);
        self.out.unreadable.extend(unreadable);
        for (id, list) in assignments {
            self.out.assignments.entry(id).or_default().extend(list);
        }
        self.out.azure.extend(azure);
        self.out.groups.extend(groups);
        self.out.warnings.extend(warnings);
        self.rels.extend(rels);
        self.pending.extend(pending);
        self.pages.extend(pages);
    }
}

fn warn(out: &mut Vec<Warning>, kind: WarningKind, file: &str, path: &str, message: String) {
    out.push(Warning {
        kind,
        file: file.to_owned(),
        path: path.to_owned(),
        message,
    });
}

/// `base` joined with `rest` as a JSON path (`value[2]` + `endDateTime`).
fn join(base: &str, rest: &str) -> String {
    match (base, rest) {
        (".", r) | ("", r) => r.to_owned(),
        (b, ".") | (b, "") => b.to_owned(),
        (b, r) if r.starts_with('[') => format!("{b}{r}"),
        (b, r) => format!("{b}.{r}"),
    }
}

/// `base[i]`, without the formatting machinery.
fn index_path(base: &str, i: usize) -> String {
    let mut digits = [0u8; 20];
    let mut n = i;
    let mut start = digits.len();
    loop {
        start = start.saturating_sub(1);
        if let Some(d) = digits.get_mut(start) {
            *d = b"0123456789".get(n % 10).copied().unwrap_or(b'0');
        }
        n /= 10;
        if n == 0 || start == 0 {
            break;
        }
    }
    let digits = digits.get(start..).unwrap_or_default();
    let mut out = String::with_capacity(base.len().saturating_add(digits.len()).saturating_add(2));
    out.push_str(base);
    out.push('[');
    for &d in digits {
        out.push(char::from(d));
    }
    out.push(']');
    out
}

/// The last path segment before the file name, and the file name.
fn folder_and_stem(name: &str) -> (Option<&str>, &str) {
    let mut parts = name.rsplit(['/', '\\']);
    let file = parts.next().unwrap_or(name);
    (parts.next().filter(|p| !p.is_empty()), file)
}

/// The relationship a file name names: `{id}.accessAssignments.json`, or a
/// folder `{id}` holding the file.
fn relationship_from_name(name: &str) -> Option<String> {
    let (folder, file) = folder_and_stem(name);
    let lower = file.to_ascii_lowercase();
    if let Some(i) = lower.find(".accessassignments") {
        let id = file.get(..i).unwrap_or_default();
        if !id.is_empty() {
            return Some(id.to_ascii_lowercase());
        }
    }
    folder
        .filter(|f| looks_like_relationship_id(f))
        .map(str::to_ascii_lowercase)
}

/// A GDAP relationship ID: hexadecimal digits and dashes, at least a GUID
/// long (Graph's are two GUIDs joined by a dash).
fn looks_like_relationship_id(s: &str) -> bool {
    s.len() >= 36 && s.bytes().all(|b| b.is_ascii_hexdigit() || b == b'-')
}

/// The subscription a role-assignment file name names:
/// `{subscriptionId}.roleAssignments.json`.
fn subscription_from_name(name: &str) -> Option<String> {
    let (_, file) = folder_and_stem(name);
    let lower = file.to_ascii_lowercase();
    let i = lower.find(".roleassignments")?;
    let id = lower.get(..i)?;
    (!id.is_empty()).then(|| id.to_owned())
}

/// The subscription a scope or a role-definition path lies in.
pub(crate) fn subscription_of_path(path: &str) -> Option<&str> {
    let mut parts = path.split('/').filter(|p| !p.is_empty());
    let first = parts.next()?;
    first
        .eq_ignore_ascii_case("subscriptions")
        .then(|| parts.next())
        .flatten()
}

/// Reads a Graph `@odata.context`, in lowercase: the kind and the
/// relationship it names.
fn detect_context(lower: &str) -> Option<Detected> {
    let (_, fragment) = lower.split_once("$metadata#")?;
    if let Some(rest) = fragment.strip_prefix("tenantrelationships/delegatedadminrelationships") {
        if let Some(key) = rest.strip_prefix("('") {
            let end = key.find("')")?;
            let id = key.get(..end)?.to_owned();
            let after = key.get(end..).unwrap_or_default();
            if after.contains("/accessassignments") {
                return Some(Detected::Kind(ExportKind::AccessAssignments, Some(id)));
            }
            return Some(Detected::Unknown(
                "a Graph response about one relationship's other data (not its access assignments)",
            ));
        }
        return Some(Detected::Kind(ExportKind::Relationships, None));
    }
    if fragment.starts_with("tenantrelationships/delegatedadminaccessassignments")
        || fragment.contains("accessassignments")
    {
        return Some(Detected::Kind(ExportKind::AccessAssignments, None));
    }
    if fragment.starts_with("directoryobjects")
        || fragment.starts_with("groups")
        || fragment.contains("transitivememberof")
        || fragment.contains("memberof")
    {
        return Some(Detected::Kind(ExportKind::GroupMemberships, None));
    }
    Some(Detected::Unknown(
        "a Graph response of another kind (its @odata.context names neither GDAP relationships, access assignments nor directory objects)",
    ))
}

/// Recognises one entry by its shape.
fn detect_item(item: &Value) -> Option<ExportKind> {
    let o = item.as_object()?;
    if o.get("properties")
        .and_then(Value::as_object)
        .is_some_and(|p| p.contains_key("roleDefinitionId"))
    {
        return Some(ExportKind::AzureRoleAssignments);
    }
    if o.contains_key("roleDefinitionId") && o.contains_key("principalId") {
        return Some(ExportKind::AzureRoleAssignments);
    }
    if o.contains_key("accessContainer") {
        return Some(ExportKind::AccessAssignments);
    }
    if o.contains_key("duration") && o.contains_key("status") {
        return Some(ExportKind::Relationships);
    }
    if o.get("@odata.type")
        .and_then(Value::as_str)
        .is_some_and(|t| t.eq_ignore_ascii_case("#microsoft.graph.group"))
    {
        return Some(ExportKind::GroupMemberships);
    }
    None
}

/// `az role assignment list` output: flat.
#[derive(serde::Deserialize)]
#[serde(rename_all = "camelCase")]
struct AzCliRoleAssignment {
    #[serde(default)]
    id: Option<String>,
    role_definition_id: String,
    principal_id: String,
    #[serde(default)]
    principal_type: Option<String>,
    #[serde(default)]
    scope: Option<String>,
}

/// A membership entry: only its ID and type matter.
#[derive(serde::Deserialize)]
struct DirectoryObject {
    #[serde(default)]
    id: Option<String>,
    #[serde(default, rename = "@odata.type")]
    odata_type: Option<String>,
}

fn deserialize<T: serde::de::DeserializeOwned>(value: Value) -> Result<T, (String, String)> {
    serde_path_to_error::deserialize::<_, T>(value).map_err(crate::json::path_and_message)
}

/// Reads one entry straight from its text (no intermediate tree).
///
/// The plain reader first; only on an error is the entry read again,
/// tracking the path, for the path and the message.
fn deserialize_raw<T: serde::de::DeserializeOwned>(raw: &RawValue) -> Result<T, (String, String)> {
    if let Ok(v) = serde_json::from_str::<T>(raw.get()) {
        return Ok(v);
    }
    let mut de = serde_json::Deserializer::from_str(raw.get());
    serde_path_to_error::deserialize::<_, T>(&mut de).map_err(crate::json::path_and_message)
}

/// A document split into its list entries (or itself).
struct Document<'a> {
    context: Option<String>,
    /// The context in lowercase and what it tells, where known already.
    detected: Option<(Option<String>, Option<Detected>)>,
    next_link: bool,
    items: Items<'a>,
    /// The JSON path of the list (`value`, `` for a bare array, `.` for a
    /// single object).
    base: &'static str,
}

/// The envelope of a Graph or ARM response; other fields ignored. Its
/// `value` is read as one raw value, or as a list of raw entries
/// ([`ListEnvelope`]).
#[derive(serde::Deserialize)]
#[serde(bound(deserialize = "V: serde::Deserialize<'de>, 'de: 'a"))]
struct Envelope<'a, V = &'a RawValue> {
    #[serde(rename = "@odata.context", default)]
    context: Option<String>,
    #[serde(rename = "@odata.nextLink", default, borrow)]
    odata_next_link: Option<&'a RawValue>,
    #[serde(rename = "nextLink", default, borrow)]
    next_link: Option<&'a RawValue>,
    #[serde(default)]
    value: Option<V>,
}

/// [`Envelope`] with its `value` a list of entries.
type ListEnvelope<'a> = Envelope<'a, Vec<&'a RawValue>>;

/// A list's entries: unparsed, or (where the `@odata.context` before the
/// list told its kind and every entry read) already read.
enum Items<'a> {
    Raw(Vec<&'a RawValue>),
    Relationships(Vec<DelegatedAdminRelationship>),
    Assignments(Vec<DelegatedAdminAccessAssignment>),
}

impl<'a> Items<'a> {
    fn len(&self) -> usize {
        match self {
            Items::Raw(v) => v.len(),
            Items::Relationships(v) => v.len(),
            Items::Assignments(v) => v.len(),
        }
    }

    fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The unparsed entries (none where they are read already).
    fn raw(&self) -> &[&'a RawValue] {
        match self {
            Items::Raw(v) => v,
            _ => &[],
        }
    }

    /// The entries read as relationships, and the unparsed entries (one
    /// of the two is empty).
    fn into_relationships(self) -> (Vec<DelegatedAdminRelationship>, Vec<&'a RawValue>) {
        match self {
            Items::Relationships(v) => (v, Vec::new()),
            other => (Vec::new(), other.into_raw()),
        }
    }

    /// The entries read as access assignments, and the unparsed entries
    /// (one of the two is empty).
    fn into_assignments(self) -> (Vec<DelegatedAdminAccessAssignment>, Vec<&'a RawValue>) {
        match self {
            Items::Assignments(v) => (v, Vec::new()),
            other => (Vec::new(), other.into_raw()),
        }
    }

    /// The unparsed entries. Entries read already come only for the kind
    /// the same `@odata.context` tells, and are taken by the two above.
    fn into_raw(self) -> Vec<&'a RawValue> {
        match self {
            Items::Raw(v) => v,
            _ => Vec::new(),
        }
    }
}

/// [`ListEnvelope`] read in one pass: where `@odata.context` comes before
/// `value` and names relationships or access assignments, the entries are
/// read as such straight away. Any error (one entry that does not read
/// included) fails the whole, and the caller reads the document the slow
/// way, entry by entry: the same fields, the same duplicate-field errors
/// as [`ListEnvelope`].
struct OnePassEnvelope<'a> {
    context: Option<String>,
    next_link: bool,
    value: Option<Items<'a>>,
    /// The context in lowercase and what it tells, where read before
    /// `value`.
    detected: Option<(Option<String>, Option<Detected>)>,
}

/// The envelope's fields, as [`Envelope`] names them.
enum EnvelopeField {
    Context,
    ODataNextLink,
    NextLink,
    Value,
    Other,
}

impl<'de> serde::Deserialize<'de> for EnvelopeField {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = EnvelopeField;
            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("field identifier")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<EnvelopeField, E> {
                Ok(match v {
                    "@odata.context" => EnvelopeField::Context,
                    "@odata.nextLink" => EnvelopeField::ODataNextLink,
                    "nextLink" => EnvelopeField::NextLink,
                    "value" => EnvelopeField::Value,
                    _ => EnvelopeField::Other,
                })
            }
        }
        d.deserialize_identifier(V)
    }
}

impl<'de: 'a, 'a> serde::Deserialize<'de> for OnePassEnvelope<'a> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<'a>(core::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> serde::de::Visitor<'de> for V<'a> {
            type Value = OnePassEnvelope<'a>;
            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("a Graph or ARM response")
            }
            fn visit_map<M: serde::de::MapAccess<'de>>(
                self,
                mut map: M,
            ) -> Result<OnePassEnvelope<'a>, M::Error> {
                use serde::de::Error as _;
                let mut context: Option<Option<String>> = None;
                let mut odata_next_link: Option<Option<&'de RawValue>> = None;
                let mut next_link: Option<Option<&'de RawValue>> = None;
                let mut value: Option<Option<Items<'a>>> = None;
                let mut detected = None;
                while let Some(field) = map.next_key::<EnvelopeField>()? {
                    match field {
                        EnvelopeField::Context => {
                            if context.is_some() {
                                return Err(M::Error::duplicate_field("@odata.context"));
                            }
                            context = Some(map.next_value()?);
                        }
                        EnvelopeField::ODataNextLink => {
                            if odata_next_link.is_some() {
                                return Err(M::Error::duplicate_field("@odata.nextLink"));
                            }
                            odata_next_link = Some(map.next_value()?);
                        }
                        EnvelopeField::NextLink => {
                            if next_link.is_some() {
                                return Err(M::Error::duplicate_field("nextLink"));
                            }
                            next_link = Some(map.next_value()?);
                        }
                        EnvelopeField::Value => {
                            if value.is_some() {
                                return Err(M::Error::duplicate_field("value"));
                            }
                            let lower = context
                                .as_ref()
                                .and_then(|c| c.as_deref())
                                .map(str::to_ascii_lowercase);
                            let kind = lower.as_deref().and_then(detect_context);
                            value = Some(match &kind {
                                Some(Detected::Kind(ExportKind::Relationships, _)) => map
                                    .next_value::<Option<Vec<DelegatedAdminRelationship>>>()?
                                    .map(Items::Relationships),
                                Some(Detected::Kind(ExportKind::AccessAssignments, _)) => map
                                    .next_value::<Option<Vec<DelegatedAdminAccessAssignment>>>()?
                                    .map(Items::Assignments),
                                _ => map
                                    .next_value::<Option<Vec<&'de RawValue>>>()?
                                    .map(Items::Raw),
                            });
                            // Only a context read before `value` decided how
                            // it was read; one that comes later is detected
                            // by the caller, as for the entry-by-entry path.
                            if context.is_some() {
                                detected = Some((lower, kind));
                            }
                        }
                        EnvelopeField::Other => {
                            map.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(OnePassEnvelope {
                    context: context.flatten(),
                    next_link: odata_next_link.flatten().is_some() || next_link.flatten().is_some(),
                    value: value.flatten(),
                    detected,
                })
            }
        }
        d.deserialize_map(V(core::marker::PhantomData))
    }
}

fn split_document(bytes: &[u8]) -> Result<Document<'_>, serde_json::Error> {
    let start = bytes.iter().find(|b| !b.is_ascii_whitespace()).copied();
    if start == Some(b'[') {
        return Ok(Document {
            context: None,
            detected: None,
            next_link: false,
            items: Items::Raw(serde_json::from_slice(bytes)?),
            base: "",
        });
    }
    if start == Some(b'{') {
        // One pass for the envelope and the list's entries, read. (Valid
        // UTF-8 first: the way below rejects bytes not UTF-8 anywhere in an
        // entry, even in a field no reader uses; the one pass would skip
        // them unseen.)
        if let Ok(text) = core::str::from_utf8(bytes)
            && let Ok(OnePassEnvelope {
                context,
                next_link,
                value: Some(items),
                detected,
            }) = serde_json::from_str::<OnePassEnvelope<'_>>(text)
        {
            return Ok(Document {
                context,
                detected,
                next_link,
                items,
                base: "value",
            });
        }
        // One pass for the envelope and the list's entries.
        if let Ok(env) = serde_json::from_slice::<ListEnvelope<'_>>(bytes) {
            let next_link = env.odata_next_link.is_some() || env.next_link.is_some();
            if let Some(items) = env.value {
                return Ok(Document {
                    context: env.context,
                    detected: None,
                    next_link,
                    items: Items::Raw(items),
                    base: "value",
                });
            }
        }
    }
    let whole: &RawValue = serde_json::from_slice(bytes)?;
    let text = whole.get();
    if text.starts_with('{') {
        let env: Envelope<'_> = serde_json::from_str(text)?;
        let next_link = env.odata_next_link.is_some() || env.next_link.is_some();
        if let Some(list) = env.value.filter(|v| v.get().starts_with('[')) {
            return Ok(Document {
                context: env.context,
                detected: None,
                next_link,
                items: Items::Raw(serde_json::from_str(list.get())?),
                base: "value",
            });
        }
        return Ok(Document {
            context: env.context,
            detected: None,
            next_link,
            items: Items::Raw(vec![whole]),
            base: ".",
        });
    }
    Ok(Document {
        context: None,
        detected: None,
        next_link: false,
        items: Items::Raw(vec![whole]),
        base: ".",
    })
}

impl Reader {
    fn file(&mut self, index: usize, f: &SourceFile<'_>) {
        let name = f.name;
        let bytes = f.bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(f.bytes);
        let mut summary = FileSummary {
            name: name.to_owned(),
            kind: None,
            items: 0,
        };
        let doc = match split_document(bytes) {
            Ok(d) => d,
            Err(e) => {
                let message = format!(
                    "not a JSON document ({}); skipped",
                    crate::json::serde_message(&e.to_string())
                );
                warn(
                    &mut self.out.warnings,
                    WarningKind::UnreadableFile,
                    name,
                    ".",
                    message,
                );
                self.out.files.push(summary);
                return;
            }
        };
        let Document {
            context,
            detected,
            next_link,
            items,
            base,
        } = doc;
        // The context in lowercase (once), and what it tells.
        let (lower_context, from_context) = detected.unwrap_or_else(|| {
            let lower = context.as_deref().map(str::to_ascii_lowercase);
            let kind = lower.as_deref().and_then(detect_context);
            (lower, kind)
        });
        let path_of = |i: usize| {
            if base == "." {
                ".".to_owned()
            } else {
                index_path(base, i)
            }
        };
        // The first entry as a tree, only where its shape tells the kind.
        let first_of = |items: &[&RawValue]| -> Option<Value> {
            items
                .first()
                .and_then(|r| serde_json::from_str(r.get()).ok())
        };
        let mut first: Option<Option<Value>> = None;
        let detected = match from_context {
            Some(d) => d,
            None => match first.get_or_insert_with(|| first_of(items.raw())).as_ref() {
                None if items.is_empty() => Detected::Empty,
                None => Detected::Unknown(
                    "neither GDAP relationships, access assignments, Azure role assignments nor group memberships",
                ),
                Some(first) => match detect_item(first) {
                    Some(k) => Detected::Kind(k, None),
                    None => Detected::Unknown(
                        "neither GDAP relationships, access assignments, Azure role assignments nor group memberships",
                    ),
                },
            },
        };
        let (kind, context_rel) = match detected {
            Detected::Kind(k, rel) => (k, rel),
            Detected::Empty => {
                if next_link {
                    warn(
                        &mut self.out.warnings,
                        WarningKind::MissingNextPage,
                        name,
                        "@odata.nextLink",
                        "an empty page with a next link: its next pages were not supplied"
                            .to_owned(),
                    );
                }
                self.out.files.push(summary);
                return;
            }
            Detected::Unknown(what) => {
                warn(
                    &mut self.out.warnings,
                    WarningKind::UnrecognisedFile,
                    name,
                    ".",
                    format!("not a recognised export: {what}; skipped"),
                );
                self.out.files.push(summary);
                return;
            }
        };
        summary.kind = Some(kind);
        summary.items = items.len();
        let mut file_subscription = None;
        match kind {
            ExportKind::Relationships => {
                let (read, raw) = items.into_relationships();
                self.rels.reserve(read.len().max(raw.len()));
                for (i, rel) in read.into_iter().enumerate() {
                    self.relationship_read(name, &path_of(i), rel);
                }
                for (i, item) in raw.into_iter().enumerate() {
                    self.relationship(name, &path_of(i), item);
                }
            }
            ExportKind::AccessAssignments => {
                let rel = context_rel.or_else(|| relationship_from_name(name));
                let mut unattributed = 0usize;
                let (read, raw) = items.into_assignments();
                self.pending.reserve(read.len().max(raw.len()));
                let entries = read.into_iter().map(Ok).chain(
                    raw.into_iter()
                        .map(deserialize_raw::<DelegatedAdminAccessAssignment>),
                );
                for (i, entry) in entries.enumerate() {
                    let path = path_of(i);
                    match entry {
                        Ok(a) => {
                            if rel.is_none() {
                                unattributed = unattributed.saturating_add(1);
                                continue;
                            }
                            self.pending.push(PendingAssignment {
                                relationship: rel.clone(),
                                item: a,
                                origin: Origin {
                                    file: name.to_owned(),
                                    path,
                                },
                            });
                        }
                        Err((p, m)) => self.bad_item(name, &join(&path, &p), &m),
                    }
                }
                if unattributed > 0 {
                    warn(
                        &mut self.out.warnings,
                        WarningKind::UnattributedAssignments,
                        name,
                        base,
                        format!(
                            "{unattributed} access assignment(s) name no relationship (no expanded form, no @odata.context naming one, no file name {{relationshipId}}.accessAssignments.json or folder {{relationshipId}}); not counted"
                        ),
                    );
                }
            }
            ExportKind::AzureRoleAssignments => {
                // `az` output is flat; ARM's has `properties`.
                let flat = first
                    .get_or_insert_with(|| first_of(items.raw()))
                    .as_ref()
                    .and_then(Value::as_object)
                    .is_some_and(|o| !o.contains_key("properties"));
                let items = items.into_raw();
                let mut read = Vec::with_capacity(items.len());
                for (i, item) in items.into_iter().enumerate() {
                    let path = path_of(i);
                    let parsed = if flat {
                        deserialize_raw::<AzCliRoleAssignment>(item).map(|a| AzureRoleAssignment {
                            id: a.id,
                            properties: AzureRoleAssignmentProperties {
                                role_definition_id: a.role_definition_id,
                                principal_id: a.principal_id,
                                principal_type: a.principal_type,
                                scope: a.scope,
                            },
                        })
                    } else {
                        deserialize_raw::<AzureRoleAssignment>(item)
                    };
                    match parsed {
                        Ok(a) => read.push((a, path)),
                        Err((p, m)) => self.bad_item(name, &join(&path, &p), &m),
                    }
                }
                file_subscription = subscription_from_name(name).or_else(|| {
                    let mut named: Option<String> = None;
                    for (a, _) in &read {
                        let p = &a.properties;
                        for s in [
                            p.scope.as_deref().and_then(subscription_of_path),
                            subscription_of_path(&p.role_definition_id),
                        ]
                        .into_iter()
                        .flatten()
                        {
                            match &named {
                                None => named = Some(s.to_ascii_lowercase()),
                                Some(n) if n.eq_ignore_ascii_case(s) => {}
                                Some(_) => return None,
                            }
                        }
                    }
                    named
                });
                for (a, path) in read {
                    self.out.azure.push(AzureAssignmentFact {
                        assignment: a,
                        file_subscription: file_subscription.clone(),
                        origin: Origin {
                            file: name.to_owned(),
                            path,
                        },
                    });
                }
            }
            ExportKind::GroupMemberships => {
                for (i, item) in items.into_raw().into_iter().enumerate() {
                    let path = path_of(i);
                    match deserialize_raw::<DirectoryObject>(item) {
                        Ok(DirectoryObject {
                            id: Some(id),
                            odata_type: Some(t),
                        }) if t.eq_ignore_ascii_case("#microsoft.graph.group") => {
                            self.out.groups.push(id);
                        }
                        Ok(DirectoryObject { id: None, .. }) => {
                            self.bad_item(name, &join(&path, "id"), "a directory object without id")
                        }
                        // Directory roles, administrative units: not groups.
                        Ok(_) => {}
                        Err((p, m)) => self.bad_item(name, &join(&path, &p), &m),
                    }
                }
            }
        }
        let mut key_context = lower_context.unwrap_or_default();
        if let Some(s) = &file_subscription {
            key_context.push('|');
            key_context.push_str(s);
        }
        self.pages.push(Page {
            file: index,
            key: (kind, key_context),
            next_link,
        });
        self.out.files.push(summary);
    }

    fn bad_item(&mut self, file: &str, path: &str, message: &str) {
        warn(
            &mut self.out.warnings,
            WarningKind::UnreadableItem,
            file,
            path,
            format!("{message}; this entry is skipped"),
        );
    }

    fn relationship(&mut self, file: &str, path: &str, raw: &RawValue) {
        // Straight from the text; the expanded assignments come along.
        if let Ok(rel) = serde_json::from_str::<DelegatedAdminRelationship>(raw.get()) {
            self.relationship_read(file, path, rel);
            return;
        }
        // Something is wrong: read it apart, so one bad expanded assignment
        // does not cost the relationship, and the error names its path.
        let Ok(item) = serde_json::from_str::<Value>(raw.get()) else {
            return;
        };
        self.relationship_tree(file, path, item);
    }

    /// A relationship read whole; the expanded assignments come along.
    fn relationship_read(&mut self, file: &str, path: &str, mut rel: DelegatedAdminRelationship) {
        let expanded = core::mem::take(&mut rel.access_assignments);
        if !expanded.is_empty() {
            let id = rel.id.to_ascii_lowercase();
            for (j, a) in expanded.into_iter().enumerate() {
                self.pending.push(PendingAssignment {
                    relationship: Some(id.clone()),
                    item: a,
                    origin: Origin {
                        file: file.to_owned(),
                        path: join(path, &format!("accessAssignments[{j}]")),
                    },
                });
            }
        }
        self.push_relationship(Sourced {
            item: rel,
            origin: Origin {
                file: file.to_owned(),
                path: path.to_owned(),
            },
        });
    }

    /// Files a relationship with its key and the model's verdict, worked
    /// out here (in the run that read it) rather than in
    /// [`Reader::finish`].
    fn push_relationship(&mut self, rel: Sourced<DelegatedAdminRelationship>) {
        let refused = rel.item.to_model(EntraRoles::EMPTY).err().map(|e| {
            let field = unreadable_field(&e);
            (e.to_string(), join(&rel.origin.path, field))
        });
        self.rels.push(ReadRelationship {
            key: rel.item.id.to_ascii_lowercase(),
            rel,
            refused,
        });
    }

    fn relationship_tree(&mut self, file: &str, path: &str, mut item: Value) {
        // Expanded access assignments, read apart so one bad assignment does
        // not cost the relationship.
        let expanded = item
            .as_object_mut()
            .and_then(|o: &mut Map<String, Value>| o.remove("accessAssignments"));
        let id = item
            .get("id")
            .and_then(Value::as_str)
            .map(str::to_ascii_lowercase);
        let customer = |item: &Value, field: &str| {
            item.get("customer")
                .and_then(|c| c.get(field))
                .and_then(Value::as_str)
                .map(str::to_owned)
        };
        let (tenant, display) = (customer(&item, "tenantId"), customer(&item, "displayName"));
        let raw_id = item.get("id").and_then(Value::as_str).map(str::to_owned);
        match deserialize::<DelegatedAdminRelationship>(item) {
            Ok(rel) => {
                self.push_relationship(Sourced {
                    item: rel,
                    origin: Origin {
                        file: file.to_owned(),
                        path: path.to_owned(),
                    },
                });
            }
            Err((p, m)) => {
                let at = join(path, &p);
                warn(
                    &mut self.out.warnings,
                    WarningKind::UnreadableRelationship,
                    file,
                    &at,
                    format!("{m}; this relationship is skipped"),
                );
                self.out.unreadable.push(UnreadableRelationship {
                    id: raw_id,
                    customer_tenant_id: tenant,
                    customer_name: display,
                    origin: Origin {
                        file: file.to_owned(),
                        path: at,
                    },
                    reason: m,
                });
            }
        }
        if let Some(Value::Array(list)) = expanded {
            let base = join(path, "accessAssignments");
            for (j, a) in list.into_iter().enumerate() {
                let apath = format!("{base}[{j}]");
                match deserialize::<DelegatedAdminAccessAssignment>(a) {
                    Ok(a) => self.pending.push(PendingAssignment {
                        relationship: id.clone(),
                        item: a,
                        origin: Origin {
                            file: file.to_owned(),
                            path: apath,
                        },
                    }),
                    Err((p, m)) => self.bad_item(file, &join(&apath, &p), &m),
                }
            }
        }
    }

    fn finish(mut self) -> Exports {
        let warnings = &mut self.out.warnings;
        // Pages: the last file of each kind and context must not continue.
        // Only a list with a continuing page can lack one: the lists with
        // one first (mostly none), then their last pages.
        let continuing: HashSet<&(ExportKind, String)> = self
            .pages
            .iter()
            .filter(|p| p.next_link)
            .map(|p| &p.key)
            .collect();
        let mut last: HashMap<&(ExportKind, String), &Page> =
            HashMap::with_capacity(continuing.len());
        if !continuing.is_empty() {
            for p in &self.pages {
                if continuing.contains(&p.key) {
                    last.insert(&p.key, p);
                }
            }
        }
        let mut missing: Vec<usize> = last
            .values()
            .filter(|p| p.next_link)
            .map(|p| p.file)
            .collect();
        missing.sort_unstable();
        for i in missing {
            if let Some(f) = self.out.files.get(i) {
                warn(
                    warnings,
                    WarningKind::MissingNextPage,
                    &f.name,
                    "@odata.nextLink",
                    "this page continues (a next link) and no later file of the same list was supplied: the rest of the list is missing".to_owned(),
                );
            }
        }

        // Relationships: each ID once, or not at all. Their lowercase IDs,
        // computed once, are the keys of the maps below.
        let mut first_seen: HashMap<&str, usize> = HashMap::with_capacity(self.rels.len());
        let mut duplicated = vec![false; self.rels.len()];
        for (i, ReadRelationship { rel: r, key, .. }) in self.rels.iter().enumerate() {
            match first_seen.entry(key.as_str()) {
                Entry::Vacant(v) => {
                    v.insert(i);
                }
                Entry::Occupied(o) => {
                    let first = *o.get();
                    if let Some(d) = duplicated.get_mut(first) {
                        *d = true;
                    }
                    if let Some(d) = duplicated.get_mut(i) {
                        *d = true;
                    }
                    let (earlier_file, earlier_path) = self
                        .rels
                        .get(first)
                        .map(|f| (f.rel.origin.file.as_str(), f.rel.origin.path.as_str()))
                        .unwrap_or_default();
                    warn(
                        warnings,
                        WarningKind::DuplicateRelationship,
                        &r.origin.file,
                        &r.origin.path,
                        format!(
                            "relationship {} occurs twice, here and at {earlier_file}: {earlier_path}; neither copy is used",
                            r.item.id
                        ),
                    );
                }
            }
        }
        drop(first_seen);
        // The keys move out (the relationships move on below; the sets
        // borrow the keys).
        let keys: Vec<String> = self
            .rels
            .iter_mut()
            .map(|r| core::mem::take(&mut r.key))
            .collect();
        let mut usable: HashSet<&str> = HashSet::with_capacity(keys.len());
        let mut listed: HashSet<&str> = HashSet::new();
        self.out.relationships.reserve(self.rels.len());
        for ((read, dup), key) in self.rels.into_iter().zip(duplicated).zip(&keys) {
            let r = read.rel;
            let reason = if dup {
                Some(("duplicated in the export".to_owned(), r.origin.path.clone()))
            } else {
                read.refused
            };
            match reason {
                None => {
                    usable.insert(key);
                    self.out.relationships.push(r);
                }
                Some((reason, path)) => {
                    if !dup {
                        warn(
                            warnings,
                            WarningKind::UnreadableRelationship,
                            &r.origin.file,
                            &path,
                            format!("{reason}; this relationship is skipped"),
                        );
                    }
                    listed.insert(key);
                    self.out.unreadable.push(UnreadableRelationship {
                        id: Some(r.item.id.clone()),
                        customer_tenant_id: r.item.customer.as_ref().map(|c| c.tenant_id.clone()),
                        customer_name: r
                            .item
                            .customer
                            .as_ref()
                            .and_then(|c| c.display_name.clone()),
                        origin: Origin {
                            file: r.origin.file,
                            path,
                        },
                        reason,
                    });
                }
            }
        }
        let unreadable_keys: Vec<String> = self
            .out
            .unreadable
            .iter()
            .filter_map(|u| u.id.as_deref().map(str::to_ascii_lowercase))
            .collect();
        listed.extend(unreadable_keys.iter().map(String::as_str));

        // Assignments: to a usable relationship, each ID once. First what
        // becomes of each (in order, with the warnings), then the moves.
        #[derive(Clone, Copy, PartialEq, Eq)]
        enum Fate {
            Keep,
            Drop,
        }
        let mut fates = vec![Fate::Drop; self.pending.len()];
        let mut unknown: HashMap<(&str, &str), (&str, usize)> = HashMap::new();
        let mut unknown_order: Vec<(&str, &str)> = Vec::new();
        let mut seen: HashMap<(&str, Cow<'_, str>), usize> =
            HashMap::with_capacity(self.pending.len());
        let mut per_relationship: HashMap<&str, usize> = HashMap::with_capacity(usable.len());
        for (i, p) in self.pending.iter().enumerate() {
            let Some(rel) = p.relationship.as_deref() else {
                continue;
            };
            let Some(&usable_key) = usable.get(rel) else {
                if !listed.contains(rel) {
                    let key = (p.origin.file.as_str(), rel);
                    match unknown.entry(key) {
                        Entry::Vacant(v) => {
                            v.insert((p.origin.path.as_str(), 1));
                            unknown_order.push(key);
                        }
                        Entry::Occupied(mut o) => {
                            o.get_mut().1 = o.get().1.saturating_add(1);
                        }
                    }
                }
                continue;
            };
            if let Some(aid) = p.item.id.as_deref() {
                let aid = lowercase(aid);
                match seen.entry((usable_key, aid)) {
                    Entry::Occupied(o) => {
                        let first = *o.get();
                        let (earlier_file, earlier_path) = self
                            .pending
                            .get(first)
                            .map(|f| (f.origin.file.as_str(), f.origin.path.as_str()))
                            .unwrap_or_default();
                        warn(
                            warnings,
                            WarningKind::DuplicateAssignment,
                            &p.origin.file,
                            &p.origin.path,
                            format!(
                                "access assignment {} of relationship {rel} occurs twice, here and at {earlier_file}: {earlier_path}; neither copy counts",
                                o.key().1
                            ),
                        );
                        // Neither copy: the first is dropped too.
                        if let Some(f) = fates.get_mut(first) {
                            *f = Fate::Drop;
                        }
                        continue;
                    }
                    Entry::Vacant(v) => {
                        v.insert(i);
                    }
                }
            }
            if let Some(f) = fates.get_mut(i) {
                *f = Fate::Keep;
            }
            let n = per_relationship.entry(usable_key).or_insert(0);
            *n = n.saturating_add(1);
        }
        for key in &unknown_order {
            if let Some((path, n)) = unknown.get(key) {
                warn(
                    warnings,
                    WarningKind::AssignmentsForUnknownRelationship,
                    key.0,
                    path,
                    format!(
                        "{n} access assignment(s) of relationship {}, which is not in the export; not counted",
                        key.1
                    ),
                );
            }
        }
        let mut assignments: HashMap<String, Vec<Sourced<DelegatedAdminAccessAssignment>>> =
            HashMap::with_capacity(per_relationship.len());
        drop((unknown, unknown_order, seen));
        for (p, fate) in self.pending.into_iter().zip(fates) {
            if fate == Fate::Drop {
                continue;
            }
            let Some(rel) = p.relationship else { continue };
            let list = match assignments.entry(rel) {
                Entry::Occupied(o) => o.into_mut(),
                Entry::Vacant(v) => {
                    let n = per_relationship.get(v.key().as_str()).copied().unwrap_or(0);
                    v.insert(Vec::with_capacity(n))
                }
            };
            list.push(Sourced {
                item: p.item,
                origin: p.origin,
            });
        }
        self.out.assignments = assignments;
        self.out
    }
}

/// `s` in ASCII lowercase, borrowed where it already is.
pub(crate) fn lowercase(s: &str) -> Cow<'_, str> {
    // No early exit: the compiler checks many bytes at once.
    if s.bytes()
        .fold(false, |upper, b| upper | b.is_ascii_uppercase())
    {
        Cow::Owned(s.to_ascii_lowercase())
    } else {
        Cow::Borrowed(s)
    }
}

/// The field of a relationship an error from `to_model` is about.
fn unreadable_field(e: &crate::Error) -> &'static str {
    use crate::Error;
    match e {
        Error::GraphRelationship { source, .. } => unreadable_field(source),
        Error::GraphRelationshipDate { field, .. } => field,
        Error::GdapDurationOutOfRange { .. } | Error::GdapSpanMisfit { .. } => "duration",
        Error::GdapEndsBeforeStart { .. } | Error::GdapSpanTooShort { .. } => "endDateTime",
        Error::GdapNoRoles => "accessDetails",
        Error::GdapGlobalAdministratorAutoExtend => "autoExtendDuration",
        _ => "",
    }
}

/// The benches' generated export, for the tests that read a large one.
#[cfg(test)]
#[path = "../../tests/common/big_book.rs"]
pub(crate) mod big_book;

/// The integration tests' fixture files.
#[cfg(test)]
#[path = "../../tests/common/exports.rs"]
mod fixture_files;

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) use super::big_book;
    use super::fixture_files;

    /// Every fixture file of `tests/fixtures/exports`, folder by folder.
    fn fixtures() -> Vec<(String, Vec<u8>)> {
        ["forms", "paged-missing", "partner"]
            .into_iter()
            .flat_map(fixture_files::folder)
            .collect()
    }

    /// A large export with every kind of trouble spread over it: the
    /// fixtures (hostile forms, missing pages, assignments of unknown
    /// relationships) between the generated pages of 1,000 customers and
    /// again at the end (so relationships are duplicated far apart), an
    /// access-assignment list filed twice, one of a relationship the export
    /// lacks, a file that is not JSON, and a last page that continues. The
    /// last entry is the profile's subscriptions (not a source; see
    /// [`big_book::sources`]).
    pub(crate) fn troubled_export() -> Vec<(String, Vec<u8>)> {
        let generated = big_book::export_files(1_000);
        let (mut profile, mut generated): (Vec<_>, Vec<_>) = generated
            .into_iter()
            .partition(|(name, _)| name == "profile-subscriptions");
        let fixtures = fixtures();
        let half = generated.len() / 2;
        let tail = generated.split_off(half);
        let mut files = generated;
        files.extend(fixtures.iter().cloned());
        files.push(("not-json.json".to_owned(), b"{\"value\": [".to_vec()));
        // An access-assignment list filed twice, far apart.
        let copy = files
            .iter()
            .find(|(name, _)| name.ends_with(".accessAssignments.json"))
            .map(|(name, bytes)| (format!("copy/{name}"), bytes.clone()));
        files.extend(tail);
        // Again, but for the unreadable relationships (a warning each only
        // where they are not duplicated).
        files.extend(
            fixtures
                .into_iter()
                .filter(|(name, _)| !name.contains("edge-cases")),
        );
        // And one of a relationship the export lacks.
        let unknown = copy.as_ref().map(|(name, bytes)| {
            let text = String::from_utf8_lossy(bytes).replace("-1111-", "-9999-");
            (name.replace("-1111-", "-9999-"), text.into_bytes())
        });
        files.extend(copy);
        files.extend(unknown);
        // The relationship list's last page continues.
        files.push((
            "relationships-last.json".to_owned(),
            br#"{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#tenantRelationships/delegatedAdminRelationships","@odata.nextLink":"https://graph.microsoft.com/v1.0/tenantRelationships/delegatedAdminRelationships?$skiptoken=z","value":[]}"#.to_vec(),
        ));
        files.append(&mut profile);
        files
    }

    /// Reading in runs: the same exports however the files are cut, on
    /// an export with every kind of warning.
    #[test]
    fn the_exports_do_not_depend_on_the_runs() {
        let files = troubled_export();
        let sources = big_book::sources(&files);
        let one = Exports::read_in_runs(&sources, 1);
        assert!(
            one.relationships.len() > 1_300,
            "{}",
            one.relationships.len()
        );
        let bytes: usize = sources.iter().map(|f| f.bytes.len()).sum();
        assert!(bytes > PARALLEL_BYTES, "{bytes}");
        for kind in [
            WarningKind::DuplicateRelationship,
            WarningKind::DuplicateAssignment,
            WarningKind::MissingNextPage,
            WarningKind::UnreadableFile,
            WarningKind::UnreadableRelationship,
            WarningKind::AssignmentsForUnknownRelationship,
        ] {
            assert!(one.warnings.iter().any(|w| w.kind == kind), "no {kind:?}");
        }
        for runs in 2..=7 {
            assert_eq!(Exports::read_in_runs(&sources, runs), one, "{runs} runs");
        }
        // And as `read` cuts them (over 1 MiB: more than one run on more
        // than one core).
        assert_eq!(Exports::read(&sources), one);
    }

    #[test]
    fn index_path_writes_the_index_as_format_does() {
        for i in [0, 1, 9, 10, 99, 299, 1000, 123_456_789, usize::MAX] {
            assert_eq!(index_path("value", i), format!("value[{i}]"));
        }
        assert_eq!(index_path("", 3), "[3]");
    }
}
