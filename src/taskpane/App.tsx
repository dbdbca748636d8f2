import {
  FluentProvider,
  Switch,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { WorkbookApi } from "../sheet/types";
import { SafeWriter } from "./logic/safeWriter";
import { ConfirmOverwriteDialog, useConfirmOverwrite } from "./ui/ConfirmOverwrite";
import { common } from "./ui/strings";
import { PaneLanguageProvider } from "./ui/paneLanguage";
import { UndoBar } from "./ui/UndoBar";
import { UndoDesk, UndoDeskProvider } from "./ui/undoDesk";
import { SessionProvider, type SessionStore } from "./ui/useSessionState";
import type { Language } from "./wizards/contract";
import { wizards } from "./wizards/wizardList";
import { APP_VERSION } from "./version";

const useStyles = makeStyles({
  pane: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: "280px",
    boxSizing: "border-box",
  },
  header: { display: "flex", justifyContent: "space-between", alignItems: "center", gap: tokens.spacingHorizontalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  tabs: { flexWrap: "wrap" },
  description: { color: tokens.colorNeutralForeground2 },
  version: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100 },
});

export interface AppProps {
  workbook: WorkbookApi;
  /** The language to start in; the user can switch. */
  initialLanguage?: Language;
  /** Told when the user switches language, so a host beside the pane can speak it too (the playground's grid). */
  onLanguageChange?: (language: Language) => void;
}

/** The task pane: language switch, the wizard list from the registry, undo and the overwrite confirmation. */
export function App({ workbook, initialLanguage = "da", onLanguageChange }: AppProps) {
  const styles = useStyles();
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const [selected, setSelected] = useState(wizards[0]?.id ?? "");
  const confirm = useConfirmOverwrite();
  const writer = useMemo(
    () => new SafeWriter(workbook, confirm.ask, undefined, (id) => wizards.find((w) => w.id === id)?.title),
    [workbook, confirm.ask],
  );
  // Set while rendering, so a write started from this render is logged in the language shown.
  writer.speak(language);
  // A write is recorded with its wizard's id; every offer to undo it names the wizard by its title.
  const desk = useMemo(
    () => new UndoDesk(writer, (id) => wizards.find((w) => w.id === id)?.title ?? { da: id, en: id }),
    [writer],
  );
  // One store per workbook: what was typed survives a change of tab, not a change of workbook.
  const session = useMemo<SessionStore>(() => new Map(), [workbook]);
  const wizard = wizards.find((w) => w.id === selected) ?? wizards[0];
  const Wizard = wizard?.component;

  return (
    <FluentProvider theme={webLightTheme} lang={language}>
      <main className={styles.pane}>
        <header className={styles.header}>
          <h1 className={styles.title}>{common.appTitle[language]}</h1>
          <Switch
            label={common.english[language]}
            checked={language === "en"}
            onChange={(_, data) => {
              const chosen = data.checked ? "en" : "da";
              setLanguage(chosen);
              onLanguageChange?.(chosen);
            }}
            data-testid="language"
          />
        </header>
        <TabList
          className={styles.tabs}
          selectedValue={selected}
          onTabSelect={(_, data) => setSelected(String(data.value))}
          aria-label={common.wizard[language]}
          size="small"
        >
          {wizards.map((w) => (
            <Tab key={w.id} value={w.id} data-testid={`tab-${w.id}`}>
              {w.title[language]}
            </Tab>
          ))}
        </TabList>
        {wizard && <Text className={styles.description}>{wizard.description[language]}</Text>}
        <PaneLanguageProvider value={language}>
          <UndoDeskProvider value={desk}>
            <UndoBar language={language} />
            <SessionProvider value={session}>
              {Wizard && <Wizard key={wizard.id} workbook={workbook} language={language} writer={writer} />}
            </SessionProvider>
          </UndoDeskProvider>
        </PaneLanguageProvider>
        <ConfirmOverwriteDialog state={confirm.state} language={language} titleOf={desk.titleOf} />
        <footer className={styles.version} data-testid="version">
          {common.appTitle[language]} {APP_VERSION}
        </footer>
      </main>
    </FluentProvider>
  );
}
