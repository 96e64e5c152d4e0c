//! `FromStr` of every public fieldless enum: the crate's own error, kind
//! `Parse`, naming every accepted value; `ALL` round-trips through
//! `Display`/`FromStr`; hostile input is echoed escaped, bounded, one line.

use core::fmt::Debug;
use core::str::FromStr;

use csp_support::i18n::{Label, Lang, StepKey};
use csp_support::matrix::TenantKind;
use csp_support::{
    AutoExtend, AzureRole, Basis, BusinessImpact, Channel, Clock, Cloud, CustomerOption, Edition,
    EntraRole, Error, ErrorKind, Fee, GdapStatus, IsvContact, Missing, Outcome, OwnEntitlement,
    PartnerCenterPath, PartnerCenterRole, PartnerType, Portal, ProblemKind, Remedy, RuleId, Seed,
    Severity, SubscriptionChannel, SubscriptionKind, Workload,
};

/// Checks one type: `ALL` is non-empty, every value round-trips through
/// `to_string`/`parse` and `as_str` is `Display`; a nonsense name is a
/// `Parse` error that names every value of `ALL`; hostile input is echoed
/// escaped and bounded in one line.
fn check<T>(all: &[T], as_str: fn(T) -> &'static str)
where
    T: Copy + Debug + PartialEq + core::fmt::Display + FromStr<Err = Error>,
{
    assert!(!all.is_empty());
    for &v in all {
        let s = v.to_string();
        assert_eq!(s, as_str(v), "{v:?}");
        assert_eq!(s.parse::<T>().unwrap(), v, "{s}");
    }
    let err = "nonsense".parse::<T>().unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Parse);
    let msg = err.to_string();
    assert!(msg.contains("\"nonsense\""), "{msg}");
    for &v in all {
        assert!(msg.contains(as_str(v)), "{msg} lacks {}", as_str(v));
    }
    let Error::UnknownName { accepted, .. } = &err else {
        panic!("not UnknownName: {err:?}");
    };
    for &v in all {
        assert!(accepted.contains(&as_str(v)));
    }

    let hostile = format!("x\n\u{1b}[31mred\r\u{202e}{}", "y".repeat(10_000));
    let msg = hostile.parse::<T>().unwrap_err().to_string();
    assert!(!msg.contains('\n') && !msg.contains('\r'), "{msg}");
    assert!(
        !msg.contains('\u{1b}') && !msg.contains('\u{202e}'),
        "{msg}"
    );
    assert!(msg.contains("x\\n\\u{1b}[31mred\\r\\u{202e}"), "{msg}");
    assert!(msg.contains("more bytes)"), "{msg}");
    assert!(msg.len() < 2_000, "{} bytes", msg.len());
}

macro_rules! check_all {
    ($($ty:ty),+ $(,)?) => {
        $(check::<$ty>(<$ty>::ALL, <$ty>::as_str);)+
    };
}

#[test]
fn every_public_enum_parses_its_names_and_rejects_others_with_the_list() {
    check_all!(
        PartnerType,
        PartnerCenterRole,
        EntraRole,
        AzureRole,
        GdapStatus,
        AutoExtend,
        Workload,
        Cloud,
        OwnEntitlement,
        ProblemKind,
        BusinessImpact,
        Channel,
        SubscriptionChannel,
        SubscriptionKind,
        Severity,
        Outcome,
        Remedy,
        Missing,
        CustomerOption,
        Portal,
        PartnerCenterPath,
        IsvContact,
        Fee,
        Clock,
        TenantKind,
        Edition,
        RuleId,
        Basis,
        Seed,
        Lang,
        Label,
        StepKey,
    );
}

#[cfg(feature = "serde")]
#[test]
fn every_public_enum_of_the_readers_parses_its_names() {
    use csp_support::exports::{ExportKind, WarningKind};
    use csp_support::graph::{AccessAssignmentStatus, AccessContainerType, RelationshipStatus};
    use csp_support::readiness::{NotCountedReason, RelationshipState};
    check_all!(
        ExportKind,
        WarningKind,
        RelationshipState,
        NotCountedReason,
        RelationshipStatus,
        AccessAssignmentStatus,
        AccessContainerType,
    );
}

#[cfg(feature = "serde")]
#[test]
fn the_report_format_round_trips_and_keeps_its_own_error() {
    use csp_support::readiness::Format;
    for &f in Format::ALL {
        assert_eq!(f.to_string().parse::<Format>().unwrap(), f);
        assert_eq!(f.to_string(), f.as_str());
    }
    assert_eq!("MD".parse::<Format>().unwrap(), Format::Markdown);
    let err = "nonsense".parse::<Format>().unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Parse);
    for &f in Format::ALL {
        assert!(err.to_string().contains(f.as_str()));
    }
}

#[test]
fn aliases_and_case_rules_are_kept() {
    // Severity: the letters and the Partner Center API's names, any case.
    assert_eq!("critical".parse::<Severity>().unwrap(), Severity::A);
    assert_eq!("Moderate".parse::<Severity>().unwrap(), Severity::B);
    assert_eq!("C".parse::<Severity>().unwrap(), Severity::C);
    let msg = "severe".parse::<Severity>().unwrap_err().to_string();
    for name in ["a", "critical", "b", "moderate", "c", "minimal"] {
        assert!(msg.contains(name), "{msg}");
    }
    // The 0.x names still read; they print as the 1.0 names.
    assert_eq!(
        "none".parse::<OwnEntitlement>().unwrap(),
        OwnEntitlement::NotNamed
    );
    assert_eq!(OwnEntitlement::NotNamed.to_string(), "not_named");
    assert_eq!("none".parse::<Fee>().unwrap(), Fee::NoSeparateFee);
    assert_eq!(Fee::NoSeparateFee.to_string(), "no_separate_fee");
    // Everything else is exact.
    assert!("Azure".parse::<Workload>().is_err());
    assert!("scope-clouds".parse::<RuleId>().is_err());
    assert_eq!(
        "SCOPE-CLOUDS".parse::<RuleId>().unwrap(),
        RuleId::ScopeClouds
    );
    assert_eq!("gdap-2025".parse::<Edition>().unwrap(), Edition::Gdap2025);
}

#[test]
fn display_honours_width() {
    assert_eq!(format!("{:>8}|", Workload::Azure), "   azure|");
}
