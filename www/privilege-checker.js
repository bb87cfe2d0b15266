// <privilege-checker mode="seed|full">: the full checker inside any page, in a shadow root so
// that its styles neither leak out nor take in the page's. Theme it with CSS custom properties on
// the element (--accent, --ink, --paper, --panel, --rule, --font, --serif).
import init, { mount } from "./privcheck.js";

class PrivilegeChecker extends HTMLElement {
  async connectedCallback() {
    if (this.mounted) return;
    const root = this.shadowRoot ?? this.attachShadow({ mode: "open" });
    const style = document.createElement("link");
    style.rel = "stylesheet";
    style.href = new URL("./app.css", import.meta.url).href;
    const container = document.createElement("div");
    container.className = "app";
    root.replaceChildren(style, container);
    await init();
    this.mounted = mount(container, this.getAttribute("mode") ?? undefined);
  }

  disconnectedCallback() {
    this.mounted?.unmount();
    this.mounted = undefined;
  }
}

if (!customElements.get("privilege-checker")) customElements.define("privilege-checker", PrivilegeChecker);
