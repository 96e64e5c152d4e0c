//! The layers of `src/` (the crate docs, "Where things are"): facts → rules
//! → answers, the clock beside them, faces and sources on top. No arrow runs
//! from the core (facts, rules, answers, clock, util, the error type) up
//! into a face or a source; this test reads the source files to keep it so.

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Module paths of the faces and sources, as the core would name them.
const UPWARD: &[&str] = &[
    "crate::faces",
    "crate::sources",
    "crate::i18n",
    "crate::json",
    "crate::scenario",
    "crate::matrix",
    "crate::graph",
    "crate::readiness",
    "crate::html",
    "crate::explain",
];

#[test]
fn the_core_does_not_import_a_face_or_a_source() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = vec![src.join("error.rs")];
    for layer in ["facts", "rules", "answers", "clock", "util"] {
        rust_files(&src.join(layer), &mut files);
    }
    assert!(files.len() > 15, "{files:?}");
    let mut found = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            for path in UPWARD {
                if code.contains(path) {
                    found.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
                }
            }
        }
    }
    assert!(found.is_empty(), "upward imports:\n{}", found.join("\n"));
}

#[test]
fn the_root_is_a_map_not_a_module_of_its_own() {
    // Every module but the crate root, the error type, the samples and the
    // proptest strategies lives in a layer's folder.
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut loose: Vec<String> = std::fs::read_dir(&src)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    loose.sort();
    assert_eq!(
        loose,
        ["error.rs", "lib.rs", "proptest_support.rs", "samples.rs"]
    );
}
