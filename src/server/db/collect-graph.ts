// Finds every node and relationship inside a result's values (lists, maps, paths) for the graph view.
import { isNode, isPath, isRelationship, type Node, type Path, type Relationship } from "neo4j-driver";
import type { WireNode, WireRelationship } from "../../shared/index.ts";
import { nodeToWire, relationshipToWire } from "./to-wire.ts";

export class GraphCollector {
  readonly nodes = new Map<string, WireNode>();
  readonly relationships = new Map<string, WireRelationship>();

  add(value: unknown): void {
    if (isNode(value)) this.addNode(value as Node);
    else if (isRelationship(value)) this.addRelationship(value as Relationship);
    else if (isPath(value)) {
      const path = value as Path;
      this.addNode(path.start);
      for (const s of path.segments) {
        this.addNode(s.end);
        this.addRelationship(s.relationship);
      }
    } else if (Array.isArray(value)) value.forEach((v) => this.add(v));
    else if (value && typeof value === "object" && value.constructor === Object)
      Object.values(value).forEach((v) => this.add(v));
  }

  private addNode(node: Node): void {
    if (!this.nodes.has(node.elementId)) this.nodes.set(node.elementId, nodeToWire(node));
  }

  private addRelationship(rel: Relationship): void {
    if (!this.relationships.has(rel.elementId)) this.relationships.set(rel.elementId, relationshipToWire(rel));
  }
}
