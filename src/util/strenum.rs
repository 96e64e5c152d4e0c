//! Serde (and JSON Schema) for enums whose string form comes from `strum`:
//! rule IDs and editions print exactly as RULES.md writes them, so they are
//! serialised through `Display`/`FromStr` rather than a serde rename per variant.

/// Implements `Serialize`/`Deserialize` (and `JsonSchema` with the `schemars`
/// feature) through the type's `strum` string form. A bad string is an error
/// that lists every accepted value.
macro_rules! serde_via_strum {
    ($ty:ty, $what:literal) => {
        #[cfg(feature = "serde")]
        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(<&'static str>::from(*self))
            }
        }

        #[cfg(feature = "serde")]
        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct V;
                impl serde::de::Visitor<'_> for V {
                    type Value = $ty;
                    fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                        f.write_str($what)
                    }
                    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<$ty, E> {
                        v.parse::<$ty>().map_err(|_| {
                            // Evaluated at compile time: an out-of-bounds
                            // index is a build error, never a panic.
                            #[allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]
                            const NAMES: &[&str] = &{
                                let mut names = [""; <$ty as strum::VariantArray>::VARIANTS.len()];
                                let mut i = 0;
                                while i < names.len() {
                                    names[i] = <$ty as strum::VariantArray>::VARIANTS[i].as_str();
                                    i += 1;
                                }
                                names
                            };
                            E::unknown_variant(v, NAMES)
                        })
                    }
                }
                d.deserialize_str(V)
            }
        }

        #[cfg(feature = "schemars")]
        impl schemars::JsonSchema for $ty {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($ty).into()
            }
            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                let names: Vec<&'static str> = <$ty as strum::VariantArray>::VARIANTS
                    .iter()
                    .map(|v| v.as_str())
                    .collect();
                schemars::json_schema!({ "type": "string", "description": $what, "enum": names })
            }
        }
    };
}
pub(crate) use serde_via_strum;
