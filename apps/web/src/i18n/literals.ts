import ts from "typescript";

/**
 * Props whose value a person reads or hears (screen readers read aria-label, browsers show title and
 * placeholder). Components' own props that carry words (label, legend, hint, title…) are included.
 */
export const USER_FACING_PROPS = new Set([
  "aria-label",
  "aria-description",
  "aria-roledescription",
  "aria-valuetext",
  "alt",
  "title",
  "placeholder",
  "label",
  "legend",
  "hint",
  "heading",
  "description",
  "message",
  "confirm",
  "text",
  "emptyText",
]);

export type Literal = { file: string; line: number; text: string };

/** Words: at least one letter. Punctuation, digits and symbols between elements ("·", "/", "(") are not words. */
const hasWords = (text: string) => /\p{L}/u.test(text);

/**
 * String literals inside an expression that would be rendered as they are: the branches of `a ? "x" : "y"`,
 * `a && "x"`, `a ?? "x"`, a template's text. Literals passed to a call (`t("key")`, `cn("…")`) and compared
 * (`kind === "x"`) are not shown; nested JSX is checked on its own.
 */
function shownLiterals(node: ts.Node, out: ts.Node[]) {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
    out.push(node);
    return;
  }
  if (ts.isTemplateExpression(node)) {
    if (hasWords(node.head.text) || node.templateSpans.some((s) => hasWords(s.literal.text))) out.push(node);
    for (const span of node.templateSpans) shownLiterals(span.expression, out);
    return;
  }
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node)) return shownLiterals(node.expression, out);
  if (ts.isConditionalExpression(node)) {
    shownLiterals(node.whenTrue, out);
    shownLiterals(node.whenFalse, out);
    return;
  }
  if (ts.isBinaryExpression(node)) {
    const op = node.operatorToken.kind;
    if (op === ts.SyntaxKind.AmpersandAmpersandToken) return shownLiterals(node.right, out);
    if (
      op === ts.SyntaxKind.BarBarToken ||
      op === ts.SyntaxKind.QuestionQuestionToken ||
      op === ts.SyntaxKind.PlusToken
    ) {
      shownLiterals(node.left, out);
      shownLiterals(node.right, out);
    }
  }
}

/**
 * The texts of a component file written as literals where a person would read them: JSX text, and string
 * literals given to a user-facing prop or rendered as a child. Everything a person reads goes through t().
 */
export function findLiterals(file: string, source: string): Literal[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: Literal[] = [];
  const report = (node: ts.Node, text: string) => {
    if (!hasWords(text)) return;
    const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
    found.push({ file, line, text: text.trim().replace(/\s+/g, " ") });
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) report(node, node.text);
    else if (ts.isJsxAttribute(node) && USER_FACING_PROPS.has(node.name.getText(sf))) {
      const value = node.initializer;
      if (value && ts.isStringLiteral(value)) report(value, value.text);
      else if (value && ts.isJsxExpression(value) && value.expression) {
        const literals: ts.Node[] = [];
        shownLiterals(value.expression, literals);
        for (const literal of literals) report(literal, literal.getText(sf).slice(1, -1));
      }
    } else if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) {
      const literals: ts.Node[] = [];
      shownLiterals(node.expression, literals);
      for (const literal of literals) report(literal, literal.getText(sf).slice(1, -1));
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}
