//! Small machinery shared by the layers: `Copy` bitsets over enums, the
//! mixed-radix indices of the compile-time tables, the string
//! forms of the fieldless enums (`FromStr`, `Display`, serde), and the one escaping rule per output
//! format (error messages use it as much as the faces do).

pub(crate) mod enumset;
pub mod escape;
pub(crate) mod index;
#[cfg(feature = "serde")]
pub(crate) mod parallel;
pub(crate) mod strenum;
