import { Lexer, type Token, type Tokens } from 'marked';

/** Strapi's blocks editor format (the subset the seed content uses). */
export type TextNode = { type: 'text'; text: string; bold?: true; italic?: true; code?: true };
export type LinkNode = { type: 'link'; url: string; children: TextNode[] };
export type InlineNode = TextNode | LinkNode;
export type Block =
  | { type: 'paragraph'; children: InlineNode[] }
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; children: InlineNode[] }
  | { type: 'quote'; children: InlineNode[] }
  | { type: 'code'; children: TextNode[] }
  | { type: 'list'; format: 'ordered' | 'unordered'; children: Array<{ type: 'list-item'; children: InlineNode[] }> };

type Marks = Pick<TextNode, 'bold' | 'italic' | 'code'>;

function inline(tokens: Token[] | undefined, marks: Marks = {}): InlineNode[] {
  const nodes: InlineNode[] = [];
  for (const token of tokens ?? []) {
    switch (token.type) {
      case 'strong':
        nodes.push(...inline(token.tokens, { ...marks, bold: true }));
        break;
      case 'em':
        nodes.push(...inline(token.tokens, { ...marks, italic: true }));
        break;
      case 'codespan':
        nodes.push({ type: 'text', text: token.text, ...marks, code: true });
        break;
      case 'link':
        nodes.push({ type: 'link', url: token.href, children: inline(token.tokens, marks) as TextNode[] });
        break;
      case 'br':
        nodes.push({ type: 'text', text: '\n', ...marks });
        break;
      case 'text':
      case 'escape':
        if ('tokens' in token && token.tokens?.length) nodes.push(...inline(token.tokens, marks));
        else nodes.push({ type: 'text', text: token.text, ...marks });
        break;
      default:
        throw new Error(`unsupported Markdown "${token.type}" in "${token.raw.slice(0, 40)}"`);
    }
  }
  return nodes.length > 0 ? nodes : [{ type: 'text', text: '' }];
}

function paragraphOf(token: Token): InlineNode[] {
  const inner = (token as Tokens.Blockquote | Tokens.ListItem).tokens ?? [];
  return inner.flatMap((child) => (child.type === 'space' ? [] : inline((child as Tokens.Paragraph).tokens ?? [child])));
}

/**
 * Converts the Markdown subset of the seed files (paragraphs, headings, lists, quotes, code,
 * bold, italic, links) into Strapi blocks. Anything else is an error, not silently dropped.
 */
export function markdownToBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  for (const token of new Lexer().lex(markdown)) {
    switch (token.type) {
      case 'space':
        break;
      case 'paragraph':
        blocks.push({ type: 'paragraph', children: inline(token.tokens) });
        break;
      case 'heading':
        blocks.push({ type: 'heading', level: token.depth as 1, children: inline(token.tokens) });
        break;
      case 'blockquote':
        blocks.push({ type: 'quote', children: paragraphOf(token) });
        break;
      case 'code':
        blocks.push({ type: 'code', children: [{ type: 'text', text: token.text }] });
        break;
      case 'list':
        blocks.push({
          type: 'list',
          format: token.ordered ? 'ordered' : 'unordered',
          children: (token as Tokens.List).items.map((item) => ({ type: 'list-item', children: paragraphOf(item) })),
        });
        break;
      default:
        throw new Error(`unsupported Markdown "${token.type}" in "${token.raw.slice(0, 40)}"`);
    }
  }
  return blocks;
}
