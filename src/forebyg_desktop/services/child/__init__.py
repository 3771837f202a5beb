"""Children: adding and importing children, and a child's chronology."""
