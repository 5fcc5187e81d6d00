import assert from 'node:assert/strict';

/** An element of a parsed XML document: its name, attributes and what it holds. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: (XmlElement | string)[];
}

const NAME = '[A-Za-z_][\\w.:-]*';
const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Character data with its references read; a bare `&` or `<` is not well-formed XML. */
function decode(raw: string, where: string): string {
  assert.ok(!raw.includes('<'), `a raw "<" in ${where}: ${raw}`);
  return raw.replace(/&([^;\s]*);?/g, (whole, name: string) => {
    assert.ok(whole.endsWith(';'), `a bare "&" in ${where}: ${raw}`);
    if (/^#\d+$/.test(name)) return String.fromCodePoint(Number(name.slice(1)));
    if (/^#x[0-9a-f]+$/i.test(name)) return String.fromCodePoint(parseInt(name.slice(2), 16));
    assert.ok(name in ENTITIES, `an unknown entity &${name}; in ${where}`);
    return ENTITIES[name];
  });
}

/**
 * Parses a document strictly enough for a test of generated XML: one root, every tag closed
 * in order, attributes quoted and unique, `&` and `<` escaped everywhere. Throws on anything else.
 */
export function parseXml(source: string): XmlElement {
  const token = new RegExp(`<\\?xml[^?]*\\?>|<!--[\\s\\S]*?-->|<(/?)(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"]*"|'[^']*'))*)\\s*(/?)>|<|[^<]+`, 'g');
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  for (const match of source.matchAll(token)) {
    const [whole, closing, name, attributeText, selfClosing] = match;
    if (whole.startsWith('<?xml') || whole.startsWith('<!--')) continue;
    if (whole === '<') assert.fail(`a "<" that opens no tag at ${match.index}: ${source.slice(match.index, match.index + 40)}`);
    if (name === undefined) {
      if (stack.length === 0) assert.match(whole, /^\s*$/, 'text outside the root element');
      else stack.at(-1)!.children.push(decode(whole, `<${stack.at(-1)!.name}>`));
      continue;
    }
    if (closing) {
      const open = stack.pop();
      assert.equal(open?.name, name, `</${name}> closes <${open?.name}>`);
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const attribute of attributeText.matchAll(new RegExp(`(${NAME})\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'g'))) {
      assert.ok(!(attribute[1] in attributes), `attribute ${attribute[1]} twice on <${name}>`);
      attributes[attribute[1]] = decode(attribute[2] ?? attribute[3], `${name}/@${attribute[1]}`);
    }
    const element: XmlElement = { name, attributes, children: [] };
    if (stack.length > 0) stack.at(-1)!.children.push(element);
    else {
      assert.equal(root, undefined, 'a second root element');
      root = element;
    }
    if (!selfClosing) stack.push(element);
  }
  assert.equal(stack.length, 0, `unclosed <${stack.map((element) => element.name).join('>, <')}>`);
  assert.ok(root, 'a root element');
  return root;
}

/** Every element in document order. */
export function elementsOf(element: XmlElement): XmlElement[] {
  return [element, ...element.children.flatMap((child) => (typeof child === 'string' ? [] : elementsOf(child)))];
}

/** The text an element holds, its descendants' included. */
export function textOf(element: XmlElement): string {
  return element.children.map((child) => (typeof child === 'string' ? child : textOf(child))).join('');
}
