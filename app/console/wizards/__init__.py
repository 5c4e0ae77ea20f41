"""Wizards for every operation: Qt-free flows (each wizard's pages, validation, summary and
request) and one QWizard that renders any of them."""
