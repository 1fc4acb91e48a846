// Sign-in, sign-up and password change rules (better-auth: 10 to 128 characters).

import { requiredEmail, requiredLine } from "@src/modules/shared/contract-helpers.ts";
import { z } from "zod";

export const PASSWORD_MIN = 10;
const password = z
  .string()
  .min(PASSWORD_MIN, { error: "too_short" })
  .max(128, { error: "too_long" });
const email = requiredEmail();

export const signInSchema = z.object({
  email,
  password: z.string().min(1, { error: "required" }),
});

export const signUpSchema = z
  .object({ name: requiredLine(100), email, password, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { error: "password_mismatch", path: ["confirm"] });

export const forgotPasswordSchema = z.object({ email });

export const resetPasswordSchema = z
  .object({ newPassword: password, confirm: z.string() })
  .refine((v) => v.newPassword === v.confirm, { error: "password_mismatch", path: ["confirm"] });

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, { error: "required" }),
    newPassword: password,
    confirm: z.string(),
  })
  .refine((v) => v.newPassword === v.confirm, { error: "password_mismatch", path: ["confirm"] });
