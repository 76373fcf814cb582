import { z } from 'zod';
import { emailSchema, phoneSchema, textSchema } from '../records/fields.ts';

/** How practitioners reach the board's services. Numbers are shown to people; the bot never messages them. */

const frontDoorSchema = z.strictObject({
  name: textSchema.default('Front door (MASH)'),
  phone: phoneSchema,
  hours: textSchema.meta({ description: 'When the phone line is staffed, in words.' }),
  onlineFormUrl: z.url().optional(),
  email: emailSchema.optional(),
});

const ladoContactSchema = z.strictObject({
  name: textSchema.default('LADO'),
  phone: phoneSchema,
  email: emailSchema,
  dutyHours: textSchema,
});

const emergencyDutyTeamSchema = z.strictObject({
  name: textSchema.default('Emergency duty team'),
  phone: phoneSchema,
  hours: textSchema.default('Evenings, weekends and bank holidays'),
});

const policeSchema = z.strictObject({
  emergency: z.literal('999').default('999'),
  nonEmergency: phoneSchema.default('101'),
});

const businessTeamSchema = z.strictObject({
  name: textSchema.default('Partnership business team'),
  email: emailSchema,
  phone: phoneSchema.optional(),
});

/** Further contacts a threshold document routes to (e.g. an early help hub), by the document's key. */
const otherContactSchema = z
  .strictObject({
    name: textSchema,
    phone: phoneSchema.optional(),
    email: emailSchema.optional(),
    url: z.url().optional(),
    hours: textSchema.optional(),
  })
  .refine((contact) => contact.phone ?? contact.email ?? contact.url, {
    error: 'give at least one of phone, email or url',
  });

export const boardContactsSchema = z.strictObject({
  frontDoor: frontDoorSchema,
  lado: ladoContactSchema,
  emergencyDutyTeam: emergencyDutyTeamSchema,
  police: policeSchema.prefault({}),
  businessTeam: businessTeamSchema,
  others: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9_-]*$/), otherContactSchema).default({}),
});
export type BoardContacts = z.infer<typeof boardContactsSchema>;

/** One contact, in the same shape whichever key it has. */
export type ContactDetails = {
  name: string;
  phone?: string;
  email?: string;
  url?: string;
  hours?: string;
  note?: string;
};

/** The contact a threshold document or dialog names by key, or undefined when the board has none. */
export function contactFor(contacts: BoardContacts, key: string): ContactDetails | undefined {
  switch (key) {
    case 'frontDoor': {
      const { name, phone, hours, onlineFormUrl, email } = contacts.frontDoor;
      return { name, phone, hours, ...(onlineFormUrl && { url: onlineFormUrl }), ...(email && { email }) };
    }
    case 'lado': {
      const { name, phone, email, dutyHours } = contacts.lado;
      return { name, phone, email, hours: dutyHours };
    }
    case 'emergencyDutyTeam':
      return { ...contacts.emergencyDutyTeam };
    case 'police':
      return { name: 'Police', phone: contacts.police.emergency, note: `Non-emergency: ${contacts.police.nonEmergency}` };
    case 'businessTeam': {
      const { name, email, phone } = contacts.businessTeam;
      return { name, email, ...(phone && { phone }) };
    }
    default: {
      const other = Object.hasOwn(contacts.others, key) ? contacts.others[key] : undefined;
      return other && { ...other };
    }
  }
}
