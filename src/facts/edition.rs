//! The three editions of the rules: one per revision of the seed article.

/// A revision of the Partner Center article, modelled as a set of rules.
///
/// Editions print exactly as `RULES.md` writes them (`dap`, `gdap-2023`,
/// `gdap-2025`); [`Edition::Gdap2025`] is the default.
///
/// ```
/// use csp_support::Edition;
/// let e: Edition = "gdap-2023".parse()?;
/// assert_eq!(e.to_string(), "gdap-2023");
/// assert_eq!(Edition::default(), Edition::Gdap2025);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Default,
    strum::Display,
    strum::EnumString,
    strum::EnumIter,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub enum Edition {
    /// Before GDAP: delegated admin privileges (DAP), Microsoft Cloud Germany,
    /// the "MPN" program, starting from the Partner Center dashboard
    /// (Russian and Japanese seeds).
    #[strum(serialize = "dap")]
    #[cfg_attr(feature = "serde", serde(rename = "dap"))]
    Dap,
    /// The 2023 GDAP revision: all four partner types file (German seed).
    #[strum(serialize = "gdap-2023")]
    #[cfg_attr(feature = "serde", serde(rename = "gdap-2023"))]
    Gdap2023,
    /// The 2025 GDAP revision: only direct-bill partners and indirect
    /// providers file; Admin agent plus a GDAP role (Dutch and Italian seeds).
    #[default]
    #[strum(serialize = "gdap-2025")]
    #[cfg_attr(feature = "serde", serde(rename = "gdap-2025"))]
    Gdap2025,
}

impl Edition {
    /// Every edition, oldest first.
    pub const ALL: [Edition; 3] = [Edition::Dap, Edition::Gdap2023, Edition::Gdap2025];

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
