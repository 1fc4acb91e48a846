export default function ObligationsPage() {
  return null;
}
