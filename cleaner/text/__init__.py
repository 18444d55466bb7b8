"""Text cleaning: text dumps split into pages and stripped of portal boilerplate (:mod:`.textclean`), Traditional
Chinese folded for the rules (:mod:`.scriptfold`), and lines a site repeats across its stories in a run
(:mod:`.siterepeat`)."""
