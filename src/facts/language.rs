//! The support language: a BCP 47 tag, English or local.

use core::fmt;
use core::str::FromStr;

use icu_locale_core::Locale;

/// A well-formed BCP 47 language tag, such as `en`, `en-GB`, `de-AT` or `ja`.
///
/// Any tag whose primary language is `en` gets English support
/// (`SLA-ENGLISH-24X7`); any other well-formed tag gets local-language
/// support. A tag that is not well formed is an error, never "local".
/// The default is `en`.
///
/// ```
/// use csp_support::LanguageTag;
/// assert!("en-GB".parse::<LanguageTag>()?.is_english());
/// assert!(!"de-AT".parse::<LanguageTag>()?.is_english());
/// assert!("not a tag".parse::<LanguageTag>().is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct LanguageTag(Locale);

impl LanguageTag {
    /// English (`en`).
    #[must_use]
    pub fn english() -> LanguageTag {
        LanguageTag(Locale::UNKNOWN).with_language_en()
    }

    fn with_language_en(mut self) -> LanguageTag {
        self.0.id.language = icu_locale_core::subtags::language!("en");
        self
    }

    /// Whether the primary language is English.
    #[must_use]
    pub fn is_english(&self) -> bool {
        self.0.id.language.as_str() == "en"
    }

    /// The primary language subtag, lower case (`de` for `de-AT`).
    #[must_use]
    pub fn primary_language(&self) -> &str {
        self.0.id.language.as_str()
    }
}

impl Default for LanguageTag {
    fn default() -> Self {
        LanguageTag::english()
    }
}

impl FromStr for LanguageTag {
    type Err = crate::Error;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match Locale::try_from_str(s) {
            Ok(locale) if !locale.id.language.is_unknown() => Ok(LanguageTag(locale)),
            Ok(_) => Err(crate::Error::LanguageTag {
                tag: s.into(),
                reason: "the primary language subtag is missing or \"und\"".into(),
            }),
            Err(e) => Err(crate::Error::LanguageTag {
                tag: s.into(),
                reason: e.to_string(),
            }),
        }
    }
}

impl fmt::Display for LanguageTag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl fmt::Debug for LanguageTag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "LanguageTag({})", self.0)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for LanguageTag {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&self.0)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for LanguageTag {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for LanguageTag {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "LanguageTag".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "A well-formed BCP 47 language tag, such as en, en-GB, de or ja",
            "examples": ["en", "en-GB", "de", "ja"]
        })
    }
}
