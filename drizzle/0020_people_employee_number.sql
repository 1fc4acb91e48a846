ALTER TABLE "person" ADD COLUMN "employee_number" text;--> statement-breakpoint
CREATE UNIQUE INDEX "person_org_employee_number_uq" ON "person" USING btree ("org_id","employee_number");