// Entry point: loads the styles, creates the store, picks the data source and hands both to app/compose.ts.
import "./lib/zod-csp.ts";
import "./styles/theme.css";
import "./styles/layout.css";
import "./styles/panel.css";
import "./styles/explorer-tools.css";
import "./styles/themes.css";
import "./styles/workbench.css";
import "./styles/results.css";
import "./styles/presentation.css";
import "./styles/timeline.css";
import "./styles/shell.css";
import "./styles/notes.css";
import { chooseSources } from "./api/choose-source.ts";
import { compose } from "./app/compose.ts";
import { createApp } from "./core/store/index.ts";
import { required } from "./lib/dom.ts";
import { showSnapshotLoading, showStartupFailure } from "./panels/offline-banner.ts";

const app = createApp();

showSnapshotLoading();
chooseSources().then(
  (sources) => compose(app, sources),
  (error: unknown) => showStartupFailure(required("#status"), error),
);
