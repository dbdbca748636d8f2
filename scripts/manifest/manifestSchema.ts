/**
 * The parts of the add-in manifest schema (OfficeApp 1.1 task pane, VersionOverrides 1.0) that this
 * manifest uses: which children an element may have, in which order, and how many. Office validates
 * a manifest against the XSD when it is sideloaded or deployed, and an element out of order is an
 * error there; Microsoft ships the XSDs in no package (TOOLCHAIN pitfall 13), so the order is
 * written down here from the schema reference. Elements not listed are not checked.
 */
import { xsiType, type XmlElement } from "./xmlTree";

/** One place in a sequence: an element name and how often it may stand there. */
export interface Slot {
  name: string;
  min: number;
  max: number;
}

const one = (name: string): Slot => ({ name, min: 1, max: 1 });
const optional = (name: string): Slot => ({ name, min: 0, max: 1 });
const many = (name: string, min = 1): Slot => ({ name, min, max: Infinity });

/** The children an element of this kind must have, in schema order; undefined when not checked. */
export function sequenceFor(element: XmlElement): Slot[] | undefined {
  const parent = element.parent?.name;
  const insideOverrides = element.uri.endsWith("/taskpaneappversionoverrides");
  switch (element.name) {
    case "OfficeApp":
      return [
        one("Id"),
        optional("AlternateId"),
        one("Version"),
        one("ProviderName"),
        one("DefaultLocale"),
        one("DisplayName"),
        one("Description"),
        optional("IconUrl"),
        optional("HighResolutionIconUrl"),
        optional("SupportUrl"),
        optional("AppDomains"),
        optional("Hosts"),
        optional("Requirements"),
        // Required for a task-pane add-in (the schema reference's "must contain" table).
        one("DefaultSettings"),
        one("Permissions"),
        optional("Dictionary"),
        optional("VersionOverrides"),
        optional("ExtendedOverrides"),
      ];
    case "DisplayName":
    case "Description":
      return parent === "OfficeApp" ? [many("Override", 0)] : undefined;
    case "AppDomains":
      return [many("AppDomain", 0)];
    case "Hosts":
      return [many("Host")];
    case "Requirements":
      return [optional("Sets"), optional("Methods")];
    case "Sets":
      return [many("Set")];
    case "DefaultSettings":
      return [one("SourceLocation"), optional("RequestedWidth"), optional("RequestedHeight")];
    case "VersionOverrides":
      return [
        optional("Description"),
        optional("Requirements"),
        one("Hosts"),
        optional("Resources"),
        optional("EquivalentAddins"),
        optional("WebApplicationInfo"),
        optional("VersionOverrides"),
      ];
    case "Host":
      return insideOverrides
        ? [
            optional("Runtimes"),
            optional("AllFormFactors"),
            optional("DesktopFormFactor"),
            optional("MobileFormFactor"),
          ]
        : [];
    case "AllFormFactors":
      return [many("ExtensionPoint")];
    case "DesktopFormFactor":
      return [
        optional("GetStarted"),
        optional("FunctionFile"),
        many("ExtensionPoint"),
        optional("SupportsSharedFolders"),
      ];
    case "GetStarted":
      return [one("Title"), one("Description"), one("LearnMoreUrl")];
    case "ExtensionPoint":
      if (xsiType(element) === "CustomFunctions")
        return [one("Script"), one("Page"), one("Metadata"), one("Namespace")];
      if (xsiType(element) === "PrimaryCommandSurface") return [many("CustomTab", 0), many("OfficeTab", 0)];
      return undefined;
    case "Script":
    case "Page":
    case "Metadata":
      return [one("SourceLocation")];
    case "OfficeTab":
      return [many("Group")];
    case "Group":
      return [one("Label"), one("Icon"), many("Control")];
    case "Icon":
      return [many("Image")];
    case "Control":
      return xsiType(element) === "Button" ? [one("Label"), one("Supertip"), one("Icon"), one("Action")] : undefined;
    case "Supertip":
      return [one("Title"), one("Description")];
    case "Action":
      return xsiType(element) === "ShowTaskpane"
        ? [optional("TaskpaneId"), one("SourceLocation"), optional("Title"), optional("SupportsPinning")]
        : undefined;
    case "Resources":
      return [optional("Images"), optional("Urls"), optional("ShortStrings"), optional("LongStrings")];
    default:
      return undefined;
  }
}

/** Problems of one element's children against its sequence: missing, too many, out of order, unknown. */
export function checkSequence(element: XmlElement, slots: Slot[]): string[] {
  const problems: string[] = [];
  const children = element.children;
  let i = 0;
  for (const slot of slots) {
    let count = 0;
    while (i < children.length && children[i]?.name === slot.name && count < slot.max) {
      count++;
      i++;
    }
    if (count < slot.min) problems.push(`<${element.name}> lacks <${slot.name}>, which the schema requires there`);
  }
  for (; i < children.length; i++) {
    const child = children[i] as XmlElement;
    const known = slots.some((s) => s.name === child.name);
    problems.push(
      known
        ? `line ${child.line}: <${child.name}> is out of order in <${element.name}> (schema order: ${slots.map((s) => s.name).join(", ")})`
        : `line ${child.line}: <${child.name}> is not allowed in <${element.name}>`,
    );
  }
  return problems;
}
