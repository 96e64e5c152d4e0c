//! Small `Copy` sets of fieldless enums, stored as bitsets: roles and the
//! like, so requests and decisions carry them without heap allocation.

/// Declares a bitset type `$set` over the fieldless enum `$elem` (which must
/// have an `ALL` in declaration order, see `str_enum!`, and have fewer than 32 variants).
/// Serialised as a list of the elements' string forms; a repeated element is
/// an error that names it.
macro_rules! enum_set {
    ($(#[$meta:meta])* $set:ident of $elem:ty) => {
        $(#[$meta])*
        #[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
        pub struct $set(u32);

        impl $set {
            /// The empty set.
            pub const EMPTY: $set = $set(0);

            /// A set of the given elements.
            #[must_use]
            pub const fn of(items: &[$elem]) -> $set {
                let mut bits = 0u32;
                let mut rest = items;
                while let [first, tail @ ..] = rest {
                    bits |= 1u32 << (*first as u32);
                    rest = tail;
                }
                $set(bits)
            }

            /// Adds an element; returns whether it was new.
            pub fn insert(&mut self, item: $elem) -> bool {
                let new = !self.contains(item);
                self.0 |= 1u32 << (item as u32);
                new
            }

            /// Removes an element.
            pub fn remove(&mut self, item: $elem) {
                self.0 &= !(1u32 << (item as u32));
            }

            /// Whether the set holds `item`.
            #[must_use]
            pub const fn contains(self, item: $elem) -> bool {
                self.0 & (1u32 << (item as u32)) != 0
            }

            /// Whether the two sets share an element.
            #[must_use]
            pub const fn intersects(self, other: $set) -> bool {
                self.0 & other.0 != 0
            }

            /// The elements in both sets.
            #[must_use]
            pub const fn intersection(self, other: $set) -> $set {
                $set(self.0 & other.0)
            }

            /// The elements in either set.
            #[must_use]
            pub const fn union(self, other: $set) -> $set {
                $set(self.0 | other.0)
            }

            /// The elements of `self` that are not in `other`.
            #[must_use]
            pub const fn difference(self, other: $set) -> $set {
                $set(self.0 & !other.0)
            }

            /// The first element in declaration order, if any.
            #[must_use]
            pub fn first(self) -> Option<$elem> {
                let i = usize::try_from(self.0.trailing_zeros()).ok()?;
                <$elem>::ALL.get(i).copied()
            }

            /// Whether the set is empty.
            #[must_use]
            pub const fn is_empty(self) -> bool {
                self.0 == 0
            }

            /// How many elements the set holds.
            #[must_use]
            pub const fn len(self) -> usize {
                self.0.count_ones() as usize
            }

            /// The elements, in declaration order.
            pub fn iter(self) -> impl Iterator<Item = $elem> + Clone {
                let mut bits = self.0;
                core::iter::from_fn(move || {
                    let i = usize::try_from(bits.trailing_zeros()).ok()?;
                    bits &= bits.wrapping_sub(1);
                    <$elem>::ALL.get(i).copied()
                })
            }
        }

        impl FromIterator<$elem> for $set {
            fn from_iter<I: IntoIterator<Item = $elem>>(iter: I) -> Self {
                let mut s = $set::EMPTY;
                for x in iter {
                    s.insert(x);
                }
                s
            }
        }

        impl<const N: usize> From<[$elem; N]> for $set {
            fn from(items: [$elem; N]) -> Self {
                items.into_iter().collect()
            }
        }

        impl core::fmt::Debug for $set {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.debug_set().entries(self.iter()).finish()
            }
        }

        #[cfg(feature = "serde")]
        impl serde::Serialize for $set {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_seq(self.iter())
            }
        }

        #[cfg(feature = "serde")]
        impl<'de> serde::Deserialize<'de> for $set {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct V;
                impl<'de> serde::de::Visitor<'de> for V {
                    type Value = $set;
                    fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                        f.write_str(concat!("a list of ", stringify!($elem), " values without repeats"))
                    }
                    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut a: A) -> Result<$set, A::Error> {
                        let mut s = $set::EMPTY;
                        while let Some(x) = a.next_element::<$elem>()? {
                            if !s.insert(x) {
                                return Err(serde::de::Error::custom(format_args!(
                                    "{} is listed twice",
                                    x.as_str()
                                )));
                            }
                        }
                        Ok(s)
                    }
                }
                d.deserialize_seq(V)
            }
        }

        #[cfg(feature = "schemars")]
        impl schemars::JsonSchema for $set {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($set).into()
            }
            fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
                let item = g.subschema_for::<$elem>();
                schemars::json_schema!({ "type": "array", "items": item, "uniqueItems": true })
            }
        }
    };
}
pub(crate) use enum_set;
