// The importer's command line and how its output is read: the counts it reports, and its error in a few plain lines.
import { test } from "node:test";
import assert from "node:assert/strict";
import { importArgs, importedCounts, importerError } from "../../src/local-neo4j/import-tool.ts";

const jvm = { classpath: "/project/.data/neo4j-lib/5.26.30/unsigned/a.jar:/project/.data/neo4j-lib/5.26.30/b.jar" };

test("the importer is the AdminTool of the given jars, strict, one bad line fatal, on the instance's database", () => {
  const archive = "-XX:SharedArchiveFile=/project/.data/neo4j-lib/5.26.30/classes-neo4j-admin-5.26.30-java-x.jsa";
  const args = importArgs(
    { ...jvm, options: [archive] },
    {
      database: "neo4j",
      nodes: ["/d/entities.csv"],
      relationships: ["/d/relationships.csv"],
      arrayDelimiter: "U+001F",
      multiline: true,
      expect: { nodes: 1, relationships: 1 },
    },
    "/r",
  );
  assert.equal(args[args.indexOf("-cp") + 1], jvm.classpath);
  // Its class-data sharing archive is a JVM option: before the main class, or the importer would take it as its own.
  assert.ok(args.indexOf(archive) >= 0 && args.indexOf(archive) < args.indexOf("org.neo4j.cli.AdminTool"));
  assert.deepEqual(args.slice(args.indexOf("org.neo4j.cli.AdminTool"), args.indexOf("org.neo4j.cli.AdminTool") + 4), [
    "org.neo4j.cli.AdminTool",
    "database",
    "import",
    "full",
  ]);
  for (const a of [
    "--nodes=/d/entities.csv",
    "--relationships=/d/relationships.csv",
    "--array-delimiter=U+001F",
    "--multiline-fields=true",
    "--bad-tolerance=0",
    "--strict=true",
    "--report-file=/r",
  ])
    assert.ok(args.includes(a), a);
  assert.equal(args.at(-1), "neo4j");
});

test("the counts come from the importer's closing summary, and are absent when it has none", () => {
  const done =
    "IMPORT DONE in 2s 862ms. \nImported:\n  1001 nodes\n  5001 relationships\n  14 properties\nPeak memory usage: 23.57MiB\n";
  assert.deepEqual(importedCounts(done), { nodes: 1001, relationships: 5001 });
  assert.equal(importedCounts("IMPORT FAILED in 1s.\n"), undefined);
});

test("a failure reads as the verdict and the innermost cause, without progress bars or stack frames", () => {
  // Trimmed from a real run of neo4j-admin 5.26.30 with --verbose on a relationship to a missing node.
  const output = [
    "Relationships, started 2026-11-30 18:07:27.296+0000",
    ".......... .......... .......... .......... ..........  5% ∆0ms [464ms]",
    "Critical error occurred! Shutting down the import...",
    "IMPORT FAILED in 1s 832ms. ",
    "Error in input data",
    "WARNING Import failed. The store files in /x/databases/neo4j are left as they are.",
    "org.neo4j.cli.CommandFailedException: Error importing csv file.",
    "\tat org.neo4j.importer.ImportCommand$Base.doExecute(ImportCommand.java:560)",
    "Caused by: org.neo4j.importer.FileImporter$CsvImportException: org.neo4j.internal.batchimport.input.InputException: p1 (Entity)-[X]->nobody-999 (Entity) referring to missing node nobody-999",
    "\t... 13 more",
    "Caused by: org.neo4j.internal.batchimport.input.InputException: p1 (Entity)-[X]->nobody-999 (Entity) referring to missing node nobody-999",
    "\tat org.neo4j.internal.batchimport.input.BadCollector.collect(BadCollector.java:187)",
  ].join("\n");
  assert.equal(
    importerError(output, "/nonexistent/report"),
    "IMPORT FAILED in 1s 832ms.\nError in input data\np1 (Entity)-[X]->nobody-999 (Entity) referring to missing node nobody-999",
  );
  // Without a cause (a refused option, say), the last plain lines.
  assert.equal(
    importerError("Unknown option: '--bogus'\nUsage: ...\n", "/nonexistent/report"),
    "Unknown option: '--bogus'\nUsage: ...",
  );
});
