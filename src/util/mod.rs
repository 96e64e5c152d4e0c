//! Small machinery shared by the layers: `Copy` bitsets over enums and
//! serde through strum's string forms.

pub(crate) mod enumset;
pub(crate) mod strenum;
