import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { Notice } from "./Status";
import { common } from "./strings";

/** Shown when the pane is opened outside Excel: both languages, as there is no switch to use yet. */
export function NoOffice() {
  return (
    <FluentProvider theme={webLightTheme}>
      <main style={{ padding: 12, display: "flex", flexDirection: "column", gap: 8 }} data-testid="no-office">
        <h1 style={{ margin: 0, fontSize: 20 }}>Råderum</h1>
        <Notice intent="info" text={common.noOffice.da} />
        <Notice intent="info" text={common.noOffice.en} />
      </main>
    </FluentProvider>
  );
}
