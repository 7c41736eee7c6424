^Deployfile:5: \*\*\* .*@end.*\.  Stop\.$
