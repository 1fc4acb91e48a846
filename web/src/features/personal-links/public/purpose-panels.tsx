// Where a capability plugs what the person does into their page: one lazy component per
// purpose (documents: the policy to read and confirm; education: the course; pledges: the
// pledge to sign; requests: the request's progress). Its actions call routes under
// /api/v1/p/:token/… (see src/modules/personal-links/index.ts). A purpose without a panel
// shows that there is nothing to do here yet.
import type { PersonalLinkPurposeKey } from "@src/core/personal-links/purposes.ts";
import { type ComponentType, type LazyExoticComponent, lazy } from "react";
import type { PublicLinkOut } from "../usePersonalLinks.ts";

export type PurposePanelProps = { token: string; link: PublicLinkOut };

type Panel = LazyExoticComponent<ComponentType<PurposePanelProps>>;

// 周知 and 誓約: the documents sent to the person, to read and confirm or sign.
const documentsPanel: Panel = lazy(
  () => import("../../acknowledgements/PersonalAcknowledgementPanel.tsx"),
);

// 教育: the course of the link, its material and quiz.
const coursePanel: Panel = lazy(() => import("../../education-learner/PersonalCoursePanel.tsx"));

export const purposePanels: Partial<Record<PersonalLinkPurposeKey, Panel>> = {
  policy: documentsPanel,
  course: coursePanel,
  pledge: documentsPanel,
};

export const panelOf = (purpose: string): Panel | undefined =>
  purposePanels[purpose as PersonalLinkPurposeKey];
