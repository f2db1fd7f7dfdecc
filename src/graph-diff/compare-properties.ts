// Property by property: what was added, removed, given a new value, or kept under a new name (same value).
import type { Properties, PropertyChange } from "../shared/index.ts";
import { canonical } from "./canonical.ts";

export function compareProperties(
  before: Properties,
  after: Properties,
  ignore: readonly string[] = [],
): PropertyChange[] {
  const changes: PropertyChange[] = [];
  const removed: string[] = [];
  const added: string[] = [];
  for (const name of Object.keys(before).sort()) {
    if (ignore.includes(name)) continue;
    if (!(name in after)) removed.push(name);
    else if (canonical(before[name]) !== canonical(after[name]))
      changes.push({ change: "changed", property: name, before: before[name], after: after[name] });
  }
  for (const name of Object.keys(after).sort()) if (!ignore.includes(name) && !(name in before)) added.push(name);
  // A property gone and another come with the very same value is one property renamed.
  for (const name of [...added]) {
    const value = canonical(after[name]);
    const was = removed.find((old) => canonical(before[old]) === value);
    if (was === undefined) continue;
    removed.splice(removed.indexOf(was), 1);
    added.splice(added.indexOf(name), 1);
    changes.push({ change: "renamed", property: name, previousProperty: was, after: after[name] });
  }
  for (const name of removed) changes.push({ change: "removed", property: name, before: before[name] });
  for (const name of added) changes.push({ change: "added", property: name, after: after[name] });
  return changes.sort((x, y) => (x.property < y.property ? -1 : x.property > y.property ? 1 : 0));
}
