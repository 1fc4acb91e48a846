export default function RoadmapPage() {
  return null;
}
