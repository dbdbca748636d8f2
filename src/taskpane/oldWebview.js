/* global window, document */
/*
 * The old-webview guard of the task pane, in ES5 on purpose: Office builds that still show add-ins
 * in Internet Explorer 11 (Trident) or the old Edge (EdgeHTML) cannot run React 19 and Fluent UI 9,
 * and the pane would stay blank. Loaded from taskpane.html after #root and before the deferred
 * bundle runs, it replaces #root with a message saying which Excel is needed; without #root the
 * bundle renders nothing. Chromium-based Edge (WebView2) says "Edg/", not "Edge/", and passes.
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
        "Opgaveruden kræver Excel med Microsoft 365 (version 2101 eller nyere), Excel 2021 eller nyere, " +
        "Excel på internettet eller Excel til Mac. Denne Excel viser tilføjelsesprogrammer med Internet Explorer " +
        "eller den gamle Edge. Bed jeres it-afdeling om en nyere Excel. Funktionerne =BUDGET.… i cellerne kan stadig virke.",
    },
    {
      lang: "en",
      title: "Råderum cannot be shown in this version of Excel",
      body:
        "The task pane needs Excel with Microsoft 365 (version 2101 or later), Excel 2021 or later, " +
        "Excel on the web or Excel for Mac. This Excel shows add-ins in Internet Explorer or the old Edge. " +
        "Ask your IT department for a newer Excel. The =BUDGET.… functions in cells may still work.",
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
})();
