# Recipe lines indented with spaces instead of a tab.
all:
        @echo spaces
