export default function AssessmentsPage() {
  return null;
}
