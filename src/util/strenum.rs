//! String forms of the fieldless public enums: `ALL`, `as_str`, `Display`
//! and a `FromStr` whose error is the crate's own [`Error`](crate::Error)
//! listing the accepted values ([`str_enum!`]); and serde (and JSON Schema)
//! through those forms for enums that print exactly as RULES.md writes them
//! (rule IDs), rather than a serde rename per variant ([`serde_via_str!`]).

/// Implements, for the fieldless enum `$ty`, the inherent `ALL` and
/// `as_str`, `Display` (the `as_str` form) and `FromStr` (the `as_str` form
/// and the listed aliases; `exact` or `ascii_case_insensitive`). A name
/// that is none of them is [`Error::UnknownName`](crate::Error::UnknownName)
/// (kind `Parse`), which lists the accepted names.
macro_rules! str_enum {
    ($ty:ident, $case:ident, [$($variant:ident => $s:literal $(| $alias:literal)*),+ $(,)?]) => {
        impl $ty {
            /// Every value, in declaration order. A minor release may append
            /// values to a type marked `#[non_exhaustive]`: do not assume the
            /// length.
            pub const ALL: &'static [$ty] = &[$($ty::$variant),+];

            /// The names `FromStr` accepts: each value's string form, then
            /// its aliases.
            const ACCEPTED: &'static [&'static str] = &[$($s, $($alias,)*)+];

            /// The value's string form: what `Display` writes and `FromStr`
            /// reads.
            #[must_use]
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($ty::$variant => $s,)+
                }
            }
        }

        impl core::fmt::Display for $ty {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.pad(self.as_str())
            }
        }

        impl core::str::FromStr for $ty {
            type Err = $crate::Error;

            fn from_str(s: &str) -> Result<Self, $crate::Error> {
                $(
                    if $crate::util::strenum::str_enum!(@eq $case, s, $s)
                        $(|| $crate::util::strenum::str_enum!(@eq $case, s, $alias))*
                    {
                        return Ok($ty::$variant);
                    }
                )+
                Err($crate::Error::UnknownName {
                    what: stringify!($ty),
                    value: s.to_owned(),
                    accepted: $ty::ACCEPTED,
                })
            }
        }
    };
    (@eq exact, $a:expr, $b:expr) => {
        $a == $b
    };
    (@eq ascii_case_insensitive, $a:expr, $b:expr) => {
        $a.eq_ignore_ascii_case($b)
    };
}
pub(crate) use str_enum;

/// Implements `Serialize`/`Deserialize` (and `JsonSchema` with the `schemars`
/// feature) through the type's `as_str` form (see [`str_enum!`]). A bad string is an error
/// that lists every accepted value.
macro_rules! serde_via_str {
    ($ty:ty, $what:literal) => {
        #[cfg(feature = "serde")]
        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
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
                        v.parse::<$ty>()
                            .map_err(|_| E::unknown_variant(v, <$ty>::ACCEPTED))
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
                let names: Vec<&'static str> = <$ty>::ALL
                    .iter()
                    .map(|v| v.as_str())
                    .collect();
                schemars::json_schema!({ "type": "string", "description": $what, "enum": names })
            }
        }
    };
}
pub(crate) use serde_via_str;
