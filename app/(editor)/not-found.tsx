import { NewsroomNotFound, newsroomNotFoundMetadata } from "@/components/shell/NewsroomNotFound";

export const generateMetadata = newsroomNotFoundMetadata;

export default function NotFound() {
  return <NewsroomNotFound />;
}
