//! File import on arbitrary bytes under each supported extension: it must
//! return text or an error naming the file, never panic, and the text must
//! be normalised (no carriage returns or NULs) and parse as an article.
#![no_main]

use libfuzzer_sys::fuzz_target;
use redlines_core::{import_file, import_pasted, parse_article};

fuzz_target!(|data: &[u8]| {
    // The first byte picks the extension so that one corpus reaches every reader.
    let Some((&selector, bytes)) = data.split_first() else {
        return;
    };
    let name = match selector % 5 {
        0 => "fuzz.txt",
        1 => "fuzz.md",
        2 => "fuzz.html",
        3 => "fuzz",
        _ => "fuzz.docx",
    };
    match import_file(name, bytes) {
        Ok(imported) => {
            assert_eq!(imported.name, name);
            assert!(!imported.text.trim().is_empty());
            assert!(!imported.text.contains(['\r', '\0']));
            parse_article(&imported.name, &imported.text);
        }
        Err(error) => {
            assert_eq!(error.file(), name);
            assert!(error.to_string().starts_with(name));
        }
    }
    let text = String::from_utf8_lossy(bytes);
    let (title, body) = text.split_once('\n').unwrap_or(("", &text));
    match import_pasted(title, body) {
        Ok(imported) => assert!(!imported.text.contains(['\r', '\0'])),
        Err(error) => assert!(error.to_string().starts_with(error.file())),
    }
});
