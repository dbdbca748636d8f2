/* global window, document */
/*
 * The old-webview guard of the task pane, in ES5 on purpose: Office builds that still show add-ins
 * in Internet Explorer 11 (Trident) or the old Edge (EdgeHTML) cannot run React 19 and Fluent UI 9,
 * and the pane would stay blank. Loaded from taskpane.html after #root and before the deferred
 * bundle runs, it replaces #root with a message saying which Excel is needed; without #root the
 * bundle renders nothing. Chromium-based Edge (WebView2) says "Edg/", not "Edge/", and passes.
 * Excel version 2101 or later shows add-ins in WebView2 when the WebView2 Runtime is installed and
 * falls back to the old webviews when it is not; there the fix is IT installing the runtime, not a
 * new Excel, so the message says both, and adds the Excel build Office.js reports for IT to tell which.
 */
(function () {
  var agent = window.navigator.userAgent;
  if (!/Trident\/|MSIE |Edge\/\d/.test(agent)) return;
  var root = document.getElementById("root");
  if (!root || !root.parentNode) return;

  var texts = [
    {
      lang: "da",
      title: "Råderum kan ikke vises i denne udgave af Excel",
      body:
        "Denne Excel viser tilføjelsesprogrammer med Internet Explorer eller den gamle Edge. Er den Excel med " +
        "Microsoft 365 (version 2101 eller nyere) eller Excel 2021 eller nyere, mangler computeren Microsoft Edge " +
        "WebView2 Runtime: bed it-afdelingen installere den, og start Excel igen. Ellers kræver opgaveruden en nyere " +
        "Excel (se hjælpesiden). Funktionerne =BUDGET.… i cellerne kan stadig virke.",
      build: "Denne Excel: version ",
    },
    {
      lang: "en",
      title: "Råderum cannot be shown in this version of Excel",
      body:
        "This Excel shows add-ins in Internet Explorer or the old Edge. If it is Excel with Microsoft 365 " +
        "(version 2101 or later) or Excel 2021 or later, this computer lacks the Microsoft Edge WebView2 Runtime: " +
        "ask your IT department to install it, then start Excel again. Otherwise the task pane needs a newer " +
        "Excel (see the help page). The =BUDGET.… functions in cells may still work.",
      build: "This Excel: version ",
    },
  ];

  var message = document.createElement("main");
  message.setAttribute("role", "alert");
  message.setAttribute("data-testid", "old-webview");
  message.style.padding = "12px";
  message.style.fontFamily = "Segoe UI, sans-serif";
  for (var i = 0; i < texts.length; i++) {
    var section = document.createElement("section");
    section.setAttribute("lang", texts[i].lang);
    var title = document.createElement("h1");
    title.style.fontSize = "18px";
    title.appendChild(document.createTextNode(texts[i].title));
    var body = document.createElement("p");
    body.appendChild(document.createTextNode(texts[i].body));
    section.appendChild(title);
    section.appendChild(body);
    message.appendChild(section);
  }
  root.parentNode.replaceChild(message, root);

  // The build number tells IT which fix applies (13530 and later is version 2101 or later).
  var office = window.Office;
  if (!office || typeof office.onReady !== "function") return;
  office.onReady(function () {
    var version = office.context && office.context.diagnostics && office.context.diagnostics.version;
    if (typeof version !== "string") return;
    var sections = message.getElementsByTagName("section");
    for (var j = 0; j < sections.length && j < texts.length; j++) {
      var line = document.createElement("p");
      line.appendChild(document.createTextNode(texts[j].build + version + "."));
      sections[j].appendChild(line);
    }
  });
})();
