export type ChannelName = "development" | "test" | "production";
export interface Channel {
  id: string;
  displayName: { en: string; da: string };
  label: { en: string; da: string };
  namespace: string;
  ribbonPrefix: string;
}
export const CHANNELS: Record<ChannelName, Channel>;
export function channelFromEnv(env: Record<string, unknown> | undefined): ChannelName;
export function channelManifest(xml: string, name: ChannelName): string;
