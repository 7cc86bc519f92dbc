/**
 * The sign-in pages' only stylesheet, served by the issuer itself
 * (/password/style.css): the web app's colours (stone and teal), a system
 * font stack, a dark scheme, and a focus ring that is always visible.
 */
export const STYLESHEET = `
:root {
  color-scheme: light dark;
  --bg: #fafaf9; --card: #ffffff; --text: #1c1917; --muted: #57534e; --line: #d6d3d1;
  --accent: #0f766e; --accent-text: #ffffff; --accent-soft: #f0fdfa; --danger: #9f1239; --danger-soft: #fff1f2;
  --focus: #0f766e;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #1c1917; --card: #292524; --text: #f5f5f4; --muted: #d6d3d1; --line: #57534e;
    --accent: #2dd4bf; --accent-text: #042f2e; --accent-soft: #134e4a; --danger: #fecdd3; --danger-soft: #4c0519;
    --focus: #5eead4;
  }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; min-height: 100vh; background: var(--bg); color: var(--text);
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  display: flex; align-items: flex-start; justify-content: center; padding: 2rem 1rem;
}
main { width: 100%; max-width: 26rem; background: var(--card); border: 1px solid var(--line); border-radius: 1rem; padding: 1.5rem; }
.brand { margin: 0 0 1rem; font-weight: 700; color: var(--accent); letter-spacing: 0.01em; }
h1 { font-size: 1.5rem; line-height: 1.25; margin: 0 0 1rem; }
p { margin: 0 0 1rem; color: var(--muted); }
form { display: grid; gap: 1rem; margin: 0 0 1rem; }
label { display: grid; gap: 0.25rem; font-weight: 600; }
.hint { font-weight: 400; font-size: 0.875rem; color: var(--muted); }
input {
  font: inherit; color: var(--text); background: var(--card); width: 100%; min-height: 2.75rem;
  padding: 0.5rem 0.75rem; border: 1px solid var(--line); border-radius: 0.5rem;
}
button {
  font: inherit; font-weight: 600; min-height: 2.75rem; padding: 0.5rem 1rem; border-radius: 0.5rem;
  border: 1px solid var(--accent); background: var(--accent); color: var(--accent-text); cursor: pointer;
}
button.secondary { background: transparent; color: var(--accent); }
a { color: var(--accent); font-weight: 600; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
input:focus { outline: 3px solid var(--focus); outline-offset: 1px; }
.alert { margin: 0; padding: 0.75rem; border-radius: 0.5rem; background: var(--danger-soft); color: var(--danger); border: 1px solid currentColor; }
.notice { margin: 0; padding: 0.75rem; border-radius: 0.5rem; background: var(--accent-soft); color: var(--text); }
.links { display: grid; gap: 0.5rem; margin: 0; padding: 0; list-style: none; }
`;
