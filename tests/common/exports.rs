//! The exported-file fixtures (`tests/fixtures/exports/`) as the library
//! takes them.
#![allow(dead_code)]

use csp_support::exports::{Exports, SourceFile};
use csp_support::readiness::PartnerProfile;

pub const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/exports");

/// A fixture file's bytes (`forms/arm-role-assignment-get.json`, …).
pub fn bytes(name: &str) -> Vec<u8> {
    std::fs::read(format!("{DIR}/{name}")).unwrap()
}

/// The files of a fixture folder, in name order, named `folder/file`.
pub fn folder(name: &str) -> Vec<(String, Vec<u8>)> {
    let mut paths: Vec<_> = std::fs::read_dir(format!("{DIR}/{name}"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let file = p.file_name().unwrap().to_string_lossy().into_owned();
            (format!("{name}/{file}"), std::fs::read(&p).unwrap())
        })
        .collect()
}

/// The complete partner export.
pub fn partner() -> Vec<(String, Vec<u8>)> {
    folder("partner")
}

/// The fixture profile.
pub fn profile() -> PartnerProfile {
    PartnerProfile::from_json(&String::from_utf8(bytes("profile.json")).unwrap()).unwrap()
}

/// Reads `files`.
pub fn read(files: &[(String, Vec<u8>)]) -> Exports {
    let sources: Vec<SourceFile<'_>> = files
        .iter()
        .map(|(name, bytes)| SourceFile { name, bytes })
        .collect();
    Exports::read(&sources)
}

/// A file named `name` holding `json`.
pub fn file(name: &str, json: &serde_json::Value) -> (String, Vec<u8>) {
    (name.to_owned(), json.to_string().into_bytes())
}
