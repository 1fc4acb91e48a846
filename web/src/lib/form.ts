// The one way to build a form: Mantine's useForm, validated by the server's zod contract through
// `contractResolver` (the same schema the route checks, messages in the UI language), and filled
// afresh by `useFillOnOpen` whenever a dialog opens for another row. Saving goes through
// useSave (lib/use-save.ts) with `form`, so the server's field errors land on the fields.
import type { FormErrors, UseFormReturnType } from "@mantine/form";
import { useEffect } from "react";
import type { z } from "zod";
import { zodErrors } from "./validation.ts";

/**
 * A `validate` for useForm: the contract checks the request body made from the values
 * (`payload`, when the form holds them differently), then `also` adds the form's own checks
 * (which win on the same field: they say it in the form's words).
 */
export function contractResolver<V, P = V>(
  schema: z.ZodType,
  options: {
    payload?: (values: V) => P;
    also?: (values: V) => Record<string, string | null | undefined>;
  } = {},
): (values: V) => FormErrors {
  return (values) => {
    const errors: FormErrors = zodErrors(
      schema,
      options.payload ? options.payload(values) : values,
    );
    for (const [field, message] of Object.entries(options.also?.(values) ?? {})) {
      if (message) errors[field] = message;
    }
    return errors;
  };
}

/**
 * Fills a dialog's form with `values()` whenever it opens for another target (a row, "new"),
 * clearing the last errors; `onOpen` clears the save's error line too.
 */
export function useFillOnOpen<V>(
  form: UseFormReturnType<V>,
  target: unknown,
  values: () => V,
  onOpen?: () => void,
) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: fill only when another target opens
  useEffect(() => {
    if (target === null || target === undefined || target === false) return;
    const next = values();
    form.setValues(next);
    form.resetDirty(next);
    form.clearErrors();
    onOpen?.();
  }, [target]);
}
