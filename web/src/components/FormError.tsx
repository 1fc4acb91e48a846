import { Alert } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";

/** The error of a whole form (e.g. a 409 conflict), shown prominently above its buttons. */
export function FormError({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <Alert color="red" icon={<IconAlertTriangle size={18} />} data-testid="form-error" role="alert">
      {message}
    </Alert>
  );
}
