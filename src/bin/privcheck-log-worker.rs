//! The page's Web Worker for privilege-log review: reads and checks a log off the page's main
//! thread, so the page stays responsive. Trunk builds it next to the app (see `index.html`).

fn main() {
    privcheck::worker::register();
}
