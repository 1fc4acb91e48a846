import { createTheme } from "@mantine/core";

const japaneseFonts =
  '"Noto Sans JP", "Noto Sans CJK JP", "Hiragino Kaku Gothic ProN", "Hiragino Sans", "BIZ UDPGothic", "Yu Gothic UI", Meiryo';

export const theme = createTheme({
  primaryColor: "indigo",
  fontFamily: `-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, ${japaneseFonts}, sans-serif`,
  headings: {
    fontFamily: `-apple-system, BlinkMacSystemFont, "Segoe UI", ${japaneseFonts}, sans-serif`,
  },
  defaultRadius: "sm",
});
