import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../src/core/skills/taxonomy.ts';

const tx = loadTaxonomy();
const ids = (s: string) => tx.idsIn(s);

// Requirement lines as real job ads phrase them, across professions, and the taxonomy ids each must yield.
describe('requirements common in real job ads map to taxonomy ids', () => {
  it.each([
    // sales and customer success
    ['Proven track record of quota attainment in enterprise deals.', ['quota-attainment']],
    ['Comfortable with cold calling and cold emailing.', ['cold-calling']],
    ['You own pipeline generation and prospecting into new accounts.', ['prospecting']],
    ['Strong negotiation skills and a closer mindset.', ['negotiation']],
    ['Experience qualifying deals with MEDDIC.', ['sales-methodologies']],
    ['Upselling and cross-selling into the installed base.', ['upselling']],
    ['Own renewals and work to reduce churn.', ['churn-reduction']],
    ['Track NPS and CSAT for your book of business.', ['nps']],
    ['Experience with Intercom or Zendesk.', ['intercom', 'customer-support']],
    ['Background in pre-sales or solutions engineering.', ['sales-engineering']],
    // recruiting and HR
    [
      'Hands-on with applicant tracking systems such as Greenhouse, Lever or Workday.',
      ['applicant-tracking-systems', 'greenhouse', 'lever', 'workday'],
    ],
    ['Sourcing passive candidates with boolean search.', ['candidate-sourcing']],
    ['Experience running employer branding campaigns.', ['employer-branding']],
    ['Administer our HRIS and run payroll each month.', ['hris', 'payroll']],
    ['Design our employee onboarding programme.', ['employee-onboarding']],
    // product and design
    ['You lead product discovery with the design team.', ['product-discovery']],
    ['Wireframing and prototyping in Figma.', ['wireframing', 'prototyping', 'figma']],
    ['Writing user stories and backlog refinement.', ['backlog-management']],
    ['Strong interaction design and visual design skills.', ['interaction-design', 'ui-design']],
    ['Experience with service blueprints and journey mapping.', ['service-design']],
    ['Comfort with plain language and UX writing.', ['content-design']],
    // operations, finance and data
    ['Sales forecasting and pipeline reviews.', ['forecasting']],
    ['Solid grounding in statistics.', ['statistics']],
    ['Experience with SAP S/4HANA or another ERP.', ['sap', 'erp']],
    ['SAP experience is a plus.', ['sap']],
    ['Accounts payable, reconciliations and month-end close.', ['accounting']],
    ['Reporting in SSIS and SSRS.', ['ssis', 'ssrs']],
    ['Analysis in SAS, SPSS or Stata.', ['sas', 'spss', 'stata']],
    ['Event tracking with Segment and Amplitude.', ['segment', 'product-analytics']],
    ['A PhD in bioinformatics or computational biology.', ['bioinformatics']],
    ['Oracle and SQL Server administration.', ['oracle-database', 'sql-server']],
    // engineering, IT and security
    ['Error tracking with Sentry.', ['error-tracking']],
    ['Embedded systems, firmware and an RTOS such as FreeRTOS.', ['embedded-systems', 'firmware', 'rtos']],
    ['FPGA design in Verilog.', ['fpga', 'verilog']],
    ['Blockchain, Web3 and smart contracts in Solidity.', ['blockchain', 'web3', 'smart-contracts', 'solidity']],
    ['Knowledge of PCI and SOC 2.', ['pci-dss', 'soc-2']],
    ['Technical troubleshooting of laptops and accounts.', ['troubleshooting']],
    ['Docs written in Markdown and kept in Git.', ['markdown', 'git']],
    ['Linux and computer networks.', ['linux', 'networking']],
    ['Cross-browser compatibility and responsive layouts.', ['cross-browser-compatibility']],
    ['Managing Macs with Jamf and Windows laptops with Intune.', ['device-management', 'windows']],
    ['Server hardening against CIS benchmarks.', ['system-hardening']],
    ['OpenStack and Docker Swarm in production.', ['openstack', 'docker-swarm']],
    ['Infrastructure with Terraform and Terragrunt.', ['terraform']],
    // spelling variants
    ['Node, NodeJS, Postgres, Golang, k8s and React.js', ['nodejs', 'postgresql', 'go', 'kubernetes', 'react']],
  ])('"%s"', (text, expected) => {
    expect(ids(text)).toEqual(expect.arrayContaining(expected));
  });
});

// Product and skill names that are also ordinary words must not fire on ordinary English.
describe('ordinary words are not read as products', () => {
  it.each([
    ['We segment our customers by company size.', 'segment'],
    ['Segment the market before you pitch.', 'segment'],
    ['Sometimes you have to pull the lever yourself.', 'lever'],
    ['Find the Lever that moves the metric.', 'lever'],
    ['Our office has a greenhouse on the roof.', 'greenhouse'],
    ['Greenhouse gas reporting is part of the sustainability role.', 'greenhouse'],
    ['Meet peers at networking events and conferences.', 'networking'],
    ['She became the oracle of our sales team.', 'oracle-database'],
    ['The Oracle of Delphi gave riddles.', 'oracle-database'],
    ['Press the intercom button at reception.', 'intercom'],
    ['A typical workday starts at nine.', 'workday'],
    ['The maple sap runs in spring.', 'sap'],
    ['The amplitude of demand swings each quarter.', 'product-analytics'],
    ['We churn out releases every week in Java.', 'churn-reduction'],
    ['Open the windows of opportunity with Python.', 'windows'],
    ['The role of our recruiter is to schedule calls.', 'recruiting'],
    ['Write drivers for PCI Express devices in C.', 'pci-dss'],
    ['Software engineer at Oracle for five years.', 'oracle-database'],
  ])('"%s" does not yield %s', (text, id) => {
    expect(ids(text)).not.toContain(id);
  });

  it('still reads reducing churn as the customer-success skill', () => {
    expect(ids('Own programmes to reduce churn.')).toContain('churn-reduction');
  });
});
