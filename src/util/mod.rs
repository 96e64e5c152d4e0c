//! Small machinery shared by the layers: `Copy` bitsets over enums, serde
//! through strum's string forms, and the one escaping rule per output
//! format (error messages use it as much as the faces do).

pub(crate) mod enumset;
pub mod escape;
pub(crate) mod strenum;
