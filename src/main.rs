//! The browser entry point; everything else lives in the library so tests can mount it.
fn main() {
    red_lines::start();
}
