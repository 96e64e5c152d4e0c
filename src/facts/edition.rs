//! The three editions of the rules: one per revision of the seed article.

/// A revision of the Partner Center article, modelled as a set of rules.
///
/// Editions print exactly as `RULES.md` writes them (`dap`, `gdap-2023`,
/// `gdap-2025`). Editions are data: iterate [`Edition::ALL`], ask an
/// edition for its [seeds](Edition::seeds) and a rule for its
/// [basis in an edition](crate::Rule::basis). There is deliberately no
/// default edition: a request names the edition it is decided under, so its
/// meaning does not change when Microsoft revises the article and a minor
/// release adds an edition (the enum is `#[non_exhaustive]`;
/// [`Edition::LATEST`] moves then).
///
/// ```
/// use csp_support::Edition;
/// let e: Edition = "gdap-2023".parse()?;
/// assert_eq!(e.to_string(), "gdap-2023");
/// assert_eq!(Edition::LATEST, Edition::Gdap2025);
/// assert_eq!(Edition::ALL.last(), Some(&Edition::LATEST));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum Edition {
    /// Before GDAP: delegated admin privileges (DAP), Microsoft Cloud Germany,
    /// the "MPN" program, starting from the Partner Center dashboard
    /// (Russian and Japanese seeds).
    #[cfg_attr(feature = "serde", serde(rename = "dap"))]
    Dap,
    /// The 2023 GDAP revision: all four partner types file (German seed).
    #[cfg_attr(feature = "serde", serde(rename = "gdap-2023"))]
    Gdap2023,
    /// The 2025 GDAP revision: only direct-bill partners and indirect
    /// providers file; Admin agent plus a GDAP role (Dutch and Italian seeds).
    #[cfg_attr(feature = "serde", serde(rename = "gdap-2025"))]
    Gdap2025,
}

crate::util::strenum::str_enum!(
    Edition,
    exact,
    [
        Dap => "dap",
        Gdap2023 => "gdap-2023",
        Gdap2025 => "gdap-2025",
    ]
);

impl Edition {
    /// The newest edition (the last of [`Edition::ALL`]). A minor release
    /// that adds an edition moves it; pin an edition where stable answers
    /// matter.
    pub const LATEST: Edition = Edition::Gdap2025;

    /// The edition before this one, if any.
    ///
    /// ```
    /// use csp_support::Edition;
    /// assert_eq!(Edition::Gdap2025.previous(), Some(Edition::Gdap2023));
    /// assert_eq!(Edition::Dap.previous(), None);
    /// ```
    #[must_use]
    pub const fn previous(self) -> Option<Edition> {
        match self {
            Edition::Dap => None,
            Edition::Gdap2023 => Some(Edition::Dap),
            Edition::Gdap2025 => Some(Edition::Gdap2023),
        }
    }

    /// Equality in a `const` context.
    pub(crate) const fn same(self, other: Edition) -> bool {
        self as u8 == other as u8
    }

    /// Whether this edition is one of the GDAP editions.
    #[must_use]
    pub const fn is_gdap(self) -> bool {
        !matches!(self, Edition::Dap)
    }

    /// The seed documents this edition is read from.
    #[must_use]
    pub const fn seeds(self) -> &'static [crate::Seed] {
        use crate::Seed;
        match self {
            Edition::Dap => &[Seed::Russian, Seed::Japanese],
            Edition::Gdap2023 => &[Seed::German],
            Edition::Gdap2025 => &[Seed::Dutch, Seed::Italian],
        }
    }
}

/// Gives the table type `$ty` (which has `const fn of(Edition) -> $ty`) a
/// `get(edition)` returning that edition's table: one static per edition,
/// each computed when the crate is compiled. The one place a new edition
/// adds its tables (the `match` points to it).
macro_rules! per_edition {
    ($ty:ident) => {
        impl $ty {
            /// The table of `edition`, computed when the crate is compiled.
            fn get(edition: $crate::Edition) -> &'static $ty {
                static DAP: $ty = $ty::of($crate::Edition::Dap);
                static GDAP_2023: $ty = $ty::of($crate::Edition::Gdap2023);
                static GDAP_2025: $ty = $ty::of($crate::Edition::Gdap2025);
                match edition {
                    $crate::Edition::Dap => &DAP,
                    $crate::Edition::Gdap2023 => &GDAP_2023,
                    $crate::Edition::Gdap2025 => &GDAP_2025,
                }
            }
        }
    };
}
pub(crate) use per_edition;
