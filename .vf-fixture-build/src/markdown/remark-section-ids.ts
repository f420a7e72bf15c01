// Remark plugin: `## Heading {#anchor}` gives the heading a fixed id, so links work the same in every language.
interface Node { type: string; value?: string; depth?: number; children?: Node[]; data?: { hProperties?: Record<string, unknown>; id?: string } }

const MARK = /\s*\{#([a-z0-9-]+)\}\s*$/;

function visit(node: Node, fn: (n: Node) => void) {
  fn(node);
  node.children?.forEach((child) => visit(child, fn));
}

export default function remarkSectionIds() {
  return (tree: Node) => {
    visit(tree, (node) => {
      if (node.type !== 'heading' || !node.children?.length) return;
      const last = node.children[node.children.length - 1]!;
      if (last.type !== 'text' || !last.value) return;
      const match = MARK.exec(last.value);
      if (!match) return;
      last.value = last.value.slice(0, match.index);
      node.data = { ...node.data, id: match[1], hProperties: { ...node.data?.hProperties, id: match[1] } };
    });
  };
}
